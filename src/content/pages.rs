//! Copy for each routed page: title, heading, description and body text.

/// What every page needs for its `<head>` and its one `<h1>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageMeta {
    /// Document title, before the " | ITPO" suffix.
    pub title: &'static str,
    /// The page's one `<h1>`.
    pub heading: &'static str,
    /// Meta description: one or two sentences, shown by search engines.
    pub description: &'static str,
}

pub const HOME: PageMeta = PageMeta {
    title: "Internationally Trained Physicians of Ontario",
    heading: "Internationally Trained Physicians of Ontario",
    description:
        "ITPO is a volunteer, physician-led not-for-profit that gives internationally trained \
                  physicians and international medical graduates in Canada a unified voice and \
                  support at every stage of licensure.",
};

/// The home page's short introduction, from the source's story.
pub const HOME_INTRO: &[&str] = &[
    "We recognise the difficult path ahead for international medical graduates (IMGs) and \
     internationally trained physicians (ITPs) in Canada, and we value the diversity of \
     experience they bring.",
    "We aim to provide a unified voice that helps you achieve your goals and gives you a seat at \
     the table on the issues and policies that affect you and the Canadian public at large.",
];

pub const STORY: PageMeta = PageMeta {
    title: "Our Story",
    heading: "Our Story",
    description: "Why ITPO exists: the difficult path to practice for internationally trained \
                  physicians and international medical graduates in Canada, and the unified voice \
                  we aim to give them.",
};

pub const STORY_TEXT: &[&str] = &[
    "At ITPO we recognise the difficult path ahead for international medical graduates as well \
     as internationally trained physicians in Canada. We value the diversity of experiences that \
     internationally trained physicians (ITPs) bring to the table. We believe they can enrich the \
     Canadian health system and improve the healthcare experience for Canadian patients who \
     belong to diverse and varied communities and cultures.",
    "If you are a newly immigrated physician to Canada with previous experience, a new \
     international medical graduate in Canada, or a practising IMG physician, we want to help \
     you achieve your fullest potential.",
    "Whether it is introducing a Practice Ready Assessment program (for ITPs) in Ontario, or \
     having your concerns heard by those in influential positions, we aim to provide a unified \
     voice to help you achieve your goals and help you have a seat at the table for issues and \
     policies which affect you and the Canadian public at large.",
];

pub const MISSION: PageMeta = PageMeta {
    title: "Our Mission",
    heading: "Our Mission",
    description: "ITPO's aspiration and aims: representation, practical support at every stage of \
                  licensure, and the full contribution of internationally trained physicians to \
                  Canadian healthcare.",
};

pub const MISSION_ASPIRATION: &str =
    "ITPO aspires to provide internationally trained physicians (ITPs) and international medical \
     graduates (IMGs) opportunities to make a comprehensive contribution to the Canadian \
     Healthcare System. In line with the Canadian principles of equity, diversity and inclusion, \
     we strive to leverage the skills and expertise of ITPs to ensure access to high standard \
     medical care for all Canadians wherever they live.";

/// The source calls this list "Doctor's Desk"; "Our aims" says what it is.
pub const MISSION_AIMS_HEADING: &str = "Our aims";

pub const MISSION_AIMS: &[&str] = &[
    "Internationally Trained Physicians of Ontario (ITPO) is a formalised not-for-profit body of \
     representation for IMGs.",
    "Propose innovative ways to facilitate the incorporation of ITPs and IMGs into the healthcare \
     system, commensurate with their expertise and in accordance with Canadian medical standards.",
    "Representation at the table with key stakeholders, including federal, provincial and local \
     governments and medical bodies, as well as the general public and national and \
     international media.",
    "Provide practical support to ITPs and IMGs at every stage of licensure, including recent \
     medical graduates and newcomer physicians, to help formulate solutions that facilitate the \
     process of licensure.",
    "Support internationally trained physicians who are currently training or practising within \
     the Canadian healthcare system.",
];

pub const DIRECTORS: PageMeta = PageMeta {
    title: "Directors of ITPO",
    heading: "Directors of ITPO",
    description: "The volunteer physicians who lead Internationally Trained Physicians of Ontario.",
};

pub const DIRECTORS_INTRO: &str =
    "ITPO is physician-led and run by volunteers. Its board of directors speaks for \
     internationally trained physicians and international medical graduates, and works to give \
     them a seat at the table.";

/// Shown when no director profiles are published (the data file is empty).
pub const DIRECTORS_NONE: &str = "Profiles of our directors will be published here.";

pub const JOIN: PageMeta = PageMeta {
    title: "Join ITPO",
    heading: "Join our community",
    description: "Join Internationally Trained Physicians of Ontario: for newly immigrated \
                  physicians, new international medical graduates and practising IMG physicians \
                  in Canada.",
};

pub const JOIN_WHO_HEADING: &str = "Who can join";
pub const JOIN_WHO: &[&str] = &[
    "Newly immigrated physicians to Canada with previous experience",
    "New international medical graduates in Canada",
    "Practising IMG physicians",
];

pub const JOIN_WHY_HEADING: &str = "Why join";
pub const JOIN_WHY: &[&str] = &[
    "We want to help you achieve your fullest potential. Together we give internationally \
     trained physicians a unified voice, and a seat at the table for the issues and policies \
     that affect them and the Canadian public at large.",
];

pub const PRIVACY: PageMeta = PageMeta {
    title: "Privacy",
    heading: "Privacy",
    description: "What ITPO collects through its join form, why, where it is processed, how long \
                  it is kept and how to withdraw.",
};

pub const NOT_FOUND: PageMeta = PageMeta {
    title: "Page not found",
    heading: "Page not found",
    description: "This page does not exist on the ITPO website.",
};

pub const NOT_FOUND_TEXT: &str =
    "We could not find that page. It may have moved, or the link may be mistyped.";
