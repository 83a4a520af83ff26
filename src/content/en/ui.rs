//! English words of the site's furniture.

use crate::content::ui::UiCopy;

pub const UI: UiCopy = UiCopy {
    skip_link: "Skip to main content",
    nav_main: "Main",
    nav_footer: "Footer",
    switch_label: "English",
    motto_gloss: "Stronger Together",
    cta_join: "Join our community",
    cta_story: "Read our story",
    cta_mission: "Our mission",
    home_cards_label: "More about ITPO",
    card_mission: "What ITPO aspires to and the aims it works for.",
    card_directors: "The directors of ITPO.",
    card_join: "Who can join, and how to become a member.",
    legend_about: "About you",
    legend_training: "Your training",
    legend_consent: "Consent",
    honeypot_label: "Leave this field empty",
    error_prefix: "Error: ",
    loading: "Loading…",
    load_failed_heading: "This page could not be loaded",
    load_failed: "Check your connection, then reload the page.",
};
