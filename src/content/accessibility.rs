//! The accessibility statement. It states only what the site's own tests
//! check (`tests/e2e/`), its known limits, and how to report a barrier; the
//! contact comes from `config.json` when the deployer gives one.

use super::pages::PageMeta;

pub const ACCESSIBILITY: PageMeta = PageMeta {
    title: "Accessibility",
    heading: "Accessibility",
    description: "How this website is built and tested to be usable by everyone, its known \
                  limits, and how to tell ITPO about a barrier.",
};

pub const INTRO: &str = "ITPO wants everyone to be able to use this website, whatever device, \
     browser or assistive technology they use.";

pub const STANDARD_HEADING: &str = "The standard we work to";
pub const STANDARD: &str = "We build and test the site to meet the Web Content Accessibility \
     Guidelines (WCAG) 2.1 at level AA, the guidelines Ontario's accessibility standards for \
     websites refer to.";

pub const TESTED_HEADING: &str = "How it is tested";
pub const TESTED: &[&str] = &[
    "Every page, and the membership form with its errors showing, once sent, and when sending \
     fails, is checked automatically for WCAG 2.1 A and AA problems with axe-core, in a real \
     browser, whenever the site changes.",
    "The skip link, the navigation and the whole membership form are tested using only a \
     keyboard.",
    "Every page is tested on a screen 320 pixels wide, without sideways scrolling.",
    "Every page can be read with JavaScript turned off.",
];
pub const TESTED_NOTE: &str = "Automated checks find many problems but not all of them; the \
     site has not yet been reviewed by people who use assistive technology every day.";

pub const LIMITS_HEADING: &str = "Known limits";
pub const LIMITS: &[&str] = &[
    "The site is in English only for now.",
    "Pictures in posts are described by the volunteers who publish them; the site will not \
     publish a picture without a description.",
    "Pages reached from within the site may show \u{201c}Loading\u{2026}\u{201d} for a moment \
     the first time, while a small file arrives.",
    "Links to other organisations lead to websites ITPO does not control.",
];

pub const REPORT_HEADING: &str = "Tell us about a barrier";
pub const REPORT: &str = "If something on this site is hard or impossible for you to use, please \
     tell us which page, what you were trying to do, and what happened. We will reply and fix \
     what we can.";
pub const REPORT_CONTACT: &str = "Write to ITPO at";
pub const REPORT_NO_CONTACT: &str = "A contact address for reporting barriers will be published \
     here.";
