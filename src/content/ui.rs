//! The shape of the site's own furniture: navigation, buttons, landmarks,
//! form groups, the language switch.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct UiCopy {
    pub skip_link: &'static str,
    pub nav_main: &'static str,
    pub nav_footer: &'static str,
    /// This edition's name in its own language: the other edition's pages
    /// link here with it ("Français" on English pages).
    pub switch_label: &'static str,
    /// The motto's gloss, after the Latin.
    pub motto_gloss: &'static str,
    pub cta_join: &'static str,
    pub cta_story: &'static str,
    pub cta_mission: &'static str,
    /// The home page's cards: a line under each linked page title.
    pub home_cards_label: &'static str,
    pub card_mission: &'static str,
    pub card_directors: &'static str,
    pub card_join: &'static str,
    pub legend_about: &'static str,
    pub legend_training: &'static str,
    pub legend_consent: &'static str,
    /// Read only by bots: the honeypot field is hidden from people and assistive technology.
    pub honeypot_label: &'static str,
    /// Spoken before each field's error message.
    pub error_prefix: &'static str,
    /// A page made at build time ("Our work", a post, "Where to start") while it loads, or when it cannot.
    pub loading: &'static str,
    pub load_failed_heading: &'static str,
    pub load_failed: &'static str,
}
