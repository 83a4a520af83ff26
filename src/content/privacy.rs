//! The privacy notice for the join form. Where a fact depends on the
//! deployment (which service processes the form, ITPO's contact address) the
//! page fills it in from `config.json` rather than stating a guess.

pub const INTRO: &str = "This notice explains what ITPO collects through the join form on this \
     website, why, where it is processed, how long it is kept and how you can withdraw.";

pub const COLLECTED_HEADING: &str = "What we collect";
pub const COLLECTED: &[&str] = &[
    "Your full name and email address.",
    "Your province or territory, which describes you best, and, if you choose to tell us, the \
     country where you trained, your specialty, your stage of licensure and any message.",
    "Whether you agreed to be contacted about membership and whether you want news and updates, \
     with the wording you agreed to and the time you sent the form.",
];
pub const NOT_COLLECTED: &str = "This website sets no cookies, runs no analytics and loads \
     nothing from other companies. Your answers are saved in your own browser while you fill in \
     the form, and removed from it once they have been sent.";

pub const WHY_HEADING: &str = "Why we collect it";
pub const WHY: &str = "To contact you about your membership of ITPO and to understand who our \
     members are. We send news and updates by email only if you ticked the box that asks for \
     them.";

pub const WHERE_HEADING: &str = "Where it is processed";
pub const WHERE_CONFIGURED: &str = "When you send the form, your answers go directly from your \
     browser to the membership service at";
pub const WHERE_UNCONFIGURED: &str = "The membership service that receives the form is chosen \
     by ITPO when the site is published; this copy of the site has none set up, so the form \
     sends nothing.";

pub const KEPT_HEADING: &str = "How long it is kept";
pub const KEPT: &str = "ITPO keeps your details only while they are needed to manage your \
     membership, and deletes them when you withdraw.";

pub const WITHDRAW_HEADING: &str = "How to withdraw";
pub const WITHDRAW: &str = "You can withdraw your consent, or ask to see, correct or delete \
     your details, at any time. Every news email lets you unsubscribe.";
pub const WITHDRAW_CONTACT: &str = "Write to ITPO at";
pub const WITHDRAW_NO_CONTACT: &str = "Reply to any email you receive from ITPO to ask.";
