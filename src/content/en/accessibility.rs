//! The English accessibility statement.

use crate::content::accessibility::AccessibilityCopy;

pub const ACCESSIBILITY: AccessibilityCopy = AccessibilityCopy {
    intro: "ITPO wants everyone to be able to use this website, whatever device, browser or \
            assistive technology they use.",
    standard_heading: "The standard we work to",
    standard: "Ontario’s accessibility standard for websites (AODA, O. Reg. 191/11) refers to \
               the Web Content Accessibility Guidelines (WCAG) 2.0 at level AA. We build and \
               test the site to meet WCAG 2.1 at level AA, which includes every WCAG 2.0 AA \
               requirement.",
    tested_heading: "How it is tested",
    tested: &[
        "Every page of both editions, English and French, and the membership form with its \
         errors showing, once sent, and when sending fails, is checked automatically for WCAG \
         2.1 A and AA problems with axe-core, in a real browser, whenever the site changes.",
        "The skip link, the navigation and the whole membership form are tested using only a \
         keyboard.",
        "Every page is tested on a screen 320 pixels wide, without sideways scrolling.",
        "Every page can be read with JavaScript turned off.",
    ],
    tested_note: "Automated checks find many problems but not all of them; the site has not yet \
                  been reviewed by people who use assistive technology every day.",
    limits_heading: "Known limits",
    limits: &[
        "Each post is written in one language, so some posts exist only in English or only in \
         French.",
        "Pictures in posts are described by the people who publish them; the site will not \
         publish a picture without a description.",
        "Pages reached from within the site may show “Loading…” for a moment the first time, \
         while a small file arrives.",
        "Links to other organisations lead to websites ITPO does not control.",
    ],
    report_heading: "Tell us about a barrier",
    report: "If something on this site is hard or impossible for you to use, please tell us \
             which page, what you were trying to do, and what happened. We will reply and fix \
             what we can.",
    report_contact: "Write to ITPO at",
    report_no_contact: "This version of the site does not give a contact address for reporting \
                        barriers yet.",
};
