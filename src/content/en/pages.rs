//! English copy for each routed page.

use crate::content::pages::{PageMeta, PagesCopy};

pub const PAGES: PagesCopy = PagesCopy {
    home: PageMeta {
        title: "Internationally Trained Physicians of Ontario",
        heading: "Internationally Trained Physicians of Ontario",
        description: "ITPO is a not-for-profit body of representation for internationally \
                      trained physicians and international medical graduates in Canada, \
                      supporting them at every stage of licensure.",
        nav_label: "Home",
    },
    story: PageMeta {
        title: "Our Story",
        heading: "Our Story",
        description: "Why ITPO exists: the difficult path to practice for internationally \
                      trained physicians and international medical graduates in Canada, and the \
                      unified voice we aim to give them.",
        nav_label: "Our Story",
    },
    mission: PageMeta {
        title: "Our Mission",
        heading: "Our Mission",
        description: "ITPO’s aspiration and aims: representation, practical support at every \
                      stage of licensure, and the full contribution of internationally trained \
                      physicians to Canadian healthcare.",
        nav_label: "Mission",
    },
    directors: PageMeta {
        title: "Directors of ITPO",
        heading: "Directors of ITPO",
        description: "The directors of Internationally Trained Physicians of Ontario (ITPO), the \
                      body of representation for internationally trained physicians and \
                      international medical graduates.",
        nav_label: "Directors",
    },
    directors_intro: "ITPO speaks for internationally trained physicians and international \
                      medical graduates, and works to give them a seat at the table.",
    directors_none: "Profiles of our directors will be published here.",
    join: PageMeta {
        title: "Join ITPO",
        heading: "Join our community",
        description: "Join Internationally Trained Physicians of Ontario: for newly immigrated \
                      physicians, new international medical graduates and practising IMG \
                      physicians in Canada.",
        nav_label: "Join",
    },
    join_who_heading: "Who can join",
    join_who: &[
        "Newly immigrated physicians to Canada with previous experience",
        "New international medical graduates in Canada",
        "Practising IMG physicians",
    ],
    join_why_heading: "Why join",
    join_why: &[
        "We want to help you achieve your fullest potential. Together we give internationally \
         trained physicians a unified voice, and a seat at the table for the issues and policies \
         that affect them and the Canadian public at large.",
    ],
    privacy: PageMeta {
        title: "Privacy",
        heading: "Privacy",
        description: "What ITPO collects through its join form, why, where it is processed, how \
                      long it is kept and how to withdraw your consent.",
        nav_label: "Privacy",
    },
    accessibility: PageMeta {
        title: "Accessibility",
        heading: "Accessibility",
        description: "How this website is built and tested to be usable by everyone, its known \
                      limits, and how to tell ITPO about a barrier.",
        nav_label: "Accessibility",
    },
    resources: PageMeta {
        title: "Where to Start",
        heading: "Where to Start",
        description: "The official bodies an internationally trained physician in Ontario deals \
                      with, what each does, and links to their own sites.",
        nav_label: "Where to Start",
    },
    work: PageMeta {
        title: "Our Work",
        heading: "Our Work",
        description: "News, statements and events from Internationally Trained Physicians of \
                      Ontario (ITPO), newest first.",
        nav_label: "Our Work",
    },
    join_thanks: PageMeta {
        title: "Thank you for your membership request",
        heading: "Thank you for your membership request",
        description: "Your membership request has reached ITPO: what happens next, and how to \
                      withdraw your consent to news.",
        nav_label: "Thank you",
    },
    join_thanks_next: "If you agreed to receive news from ITPO, you can withdraw that consent at \
                       any time: every news email has an unsubscribe link, and the privacy \
                       notice says how to reach ITPO.",
    join_thanks_home: "Back to the home page",
    not_found: PageMeta {
        title: "Page not found",
        heading: "Page not found",
        description: "This page does not exist on the ITPO website.",
        nav_label: "Page not found",
    },
    not_found_text: "We could not find that page. It may have moved, or the link may be \
                     mistyped.",
    not_found_links: "You may be looking for one of these pages:",
};
