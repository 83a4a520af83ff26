//! The words of the site's own furniture: navigation, buttons, landmarks,
//! form groups. Kept here with the rest of the copy.

pub const SKIP_LINK: &str = "Skip to main content";
pub const NAV_MAIN: &str = "Main";
pub const NAV_FOOTER: &str = "Footer";

pub const CTA_JOIN: &str = "Join our community";
pub const CTA_STORY: &str = "Read our story";
pub const CTA_MISSION: &str = "Our mission";

/// The home page's cards: a line under each linked page title.
pub const HOME_CARDS_LABEL: &str = "More about ITPO";
pub const CARD_MISSION: &str = "What ITPO aspires to and the aims it works for.";
pub const CARD_DIRECTORS: &str = "The volunteer physicians who lead ITPO.";
pub const CARD_JOIN: &str = "Who can join, and how to become a member.";

pub const NOT_FOUND_LINKS: &str = "You may be looking for one of these pages:";

pub const LEGEND_ABOUT: &str = "About you";
pub const LEGEND_TRAINING: &str = "Your training";
pub const LEGEND_CONSENT: &str = "Consent";
/// Read only by bots: the honeypot field is hidden from people and assistive technology.
pub const HONEYPOT_LABEL: &str = "Leave this field empty";
/// Spoken before each field's error message.
pub const ERROR_PREFIX: &str = "Error: ";

/// A page made at build time ("Our work", a post, "Where to start") while it loads, or when it cannot.
pub const LOADING: &str = "Loading…";
pub const LOAD_FAILED_HEADING: &str = "This page could not be loaded";
pub const LOAD_FAILED: &str = "Check your connection, then reload the page.";
