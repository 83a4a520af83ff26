//! The shape of each routed page's copy: title, heading, description and
//! body text. The words themselves are in `en/pages.rs` and `fr/pages.rs`.

/// Derived for the build's copy list (`prerender --copy-strings`), never in the wasm.
#[cfg(feature = "ssr")]
use serde::Serialize;

/// What every page needs for its `<head>`, its navigation link and its one `<h1>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct PageMeta {
    /// Document title, before the " | ITPO" suffix.
    pub title: &'static str,
    /// The page's one `<h1>`.
    pub heading: &'static str,
    /// Meta description: one or two sentences, shown by search engines.
    pub description: &'static str,
    /// Link text in the navigation.
    pub nav_label: &'static str,
}

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct PagesCopy {
    pub home: PageMeta,
    /// The home page's short introduction, from the source's story.
    pub home_intro: &'static [&'static str],
    pub story: PageMeta,
    pub story_text: &'static [&'static str],
    pub mission: PageMeta,
    pub mission_aspiration: &'static str,
    /// The source calls this list "Doctor's Desk"; "Our aims" says what it is.
    pub mission_aims_heading: &'static str,
    pub mission_aims: &'static [&'static str],
    pub directors: PageMeta,
    pub directors_intro: &'static str,
    /// Shown when no director profiles are published (the data file is empty).
    pub directors_none: &'static str,
    pub join: PageMeta,
    pub join_who_heading: &'static str,
    pub join_who: &'static [&'static str],
    pub join_why_heading: &'static str,
    pub join_why: &'static [&'static str],
    pub privacy: PageMeta,
    pub accessibility: PageMeta,
    pub resources: PageMeta,
    pub work: PageMeta,
    pub not_found: PageMeta,
    pub not_found_text: &'static str,
    pub not_found_links: &'static str,
}
