//! English copy for each routed page.

use crate::content::pages::{PageMeta, PagesCopy};

pub const PAGES: PagesCopy = PagesCopy {
    home: PageMeta {
        title: "Internationally Trained Physicians of Ontario",
        heading: "Internationally Trained Physicians of Ontario",
        description: "ITPO is a volunteer, physician-led not-for-profit that gives \
                      internationally trained physicians and international medical graduates in \
                      Canada a unified voice and support at every stage of licensure.",
        nav_label: "Home",
    },
    home_intro: &[
        "We recognise the difficult path ahead for international medical graduates (IMGs) and \
         internationally trained physicians (ITPs) in Canada, and we value the diversity of \
         experience they bring.",
        "We aim to provide a unified voice that helps you achieve your goals and gives you a seat \
         at the table on the issues and policies that affect you and the Canadian public at large.",
    ],
    story: PageMeta {
        title: "Our Story",
        heading: "Our Story",
        description: "Why ITPO exists: the difficult path to practice for internationally \
                      trained physicians and international medical graduates in Canada, and the \
                      unified voice we aim to give them.",
        nav_label: "Our Story",
    },
    story_text: &[
        "At ITPO we recognise the difficult path ahead for international medical graduates as \
         well as internationally trained physicians in Canada. We value the diversity of \
         experiences that internationally trained physicians (ITPs) bring to the table. We \
         believe they can enrich the Canadian health system and improve the healthcare experience \
         for Canadian patients who belong to diverse and varied communities and cultures.",
        "If you are a newly immigrated physician to Canada with previous experience, a new \
         international medical graduate in Canada, or a practising IMG physician, we want to help \
         you achieve your fullest potential.",
        "Whether it is introducing a Practice Ready Assessment program (for ITPs) in Ontario, or \
         having your concerns heard by those in influential positions, we aim to provide a unified \
         voice to help you achieve your goals and help you have a seat at the table for issues and \
         policies which affect you and the Canadian public at large.",
    ],
    mission: PageMeta {
        title: "Our Mission",
        heading: "Our Mission",
        description: "ITPO's aspiration and aims: representation, practical support at every \
                      stage of licensure, and the full contribution of internationally trained \
                      physicians to Canadian healthcare.",
        nav_label: "Mission",
    },
    mission_aspiration: "ITPO aspires to provide internationally trained physicians (ITPs) and \
         international medical graduates (IMGs) opportunities to make a comprehensive contribution \
         to the Canadian Healthcare System. In line with the Canadian principles of equity, \
         diversity and inclusion, we strive to leverage the skills and expertise of ITPs to ensure \
         access to high standard medical care for all Canadians wherever they live.",
    mission_aims_heading: "Our aims",
    mission_aims: &[
        "Internationally Trained Physicians of Ontario (ITPO) is a formalised not-for-profit body \
         of representation for IMGs.",
        "Propose innovative ways to facilitate the incorporation of ITPs and IMGs into the \
         healthcare system, commensurate with their expertise and in accordance with Canadian \
         medical standards.",
        "Representation at the table with key stakeholders, including federal, provincial and \
         local governments and medical bodies, as well as the general public and national and \
         international media.",
        "Provide practical support to ITPs and IMGs at every stage of licensure, including recent \
         medical graduates and newcomer physicians, to help formulate solutions that facilitate \
         the process of licensure.",
        "Support internationally trained physicians who are currently training or practising \
         within the Canadian healthcare system.",
    ],
    directors: PageMeta {
        title: "Directors of ITPO",
        heading: "Directors of ITPO",
        description: "The volunteer physicians who lead Internationally Trained Physicians of \
                      Ontario.",
        nav_label: "Directors",
    },
    directors_intro: "ITPO is physician-led and run by volunteers. Its board of directors speaks \
         for internationally trained physicians and international medical graduates, and works to \
         give them a seat at the table.",
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
                      long it is kept and how to withdraw.",
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
        heading: "Where to start",
        description: "The official bodies an internationally trained physician in Ontario deals \
                      with, what each does, and links to their own sites.",
        nav_label: "Where to Start",
    },
    work: PageMeta {
        title: "Our Work",
        heading: "Our work",
        description: "News, statements and events from Internationally Trained Physicians of \
                      Ontario (ITPO), newest first.",
        nav_label: "Our Work",
    },
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
