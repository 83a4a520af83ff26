//! The shape of each routed page's copy: title, heading, description and
//! the body text of the pages the app renders (the pages about ITPO are in `about.rs`). The words themselves are in `en/pages.rs` and `fr/pages.rs`.

/// Derived for the build's copy list (the `copy_strings` example the browser tests run), never in the wasm.
#[cfg(feature = "ssr")]
use serde::Serialize;

/// What every page needs for its `<head>`, its navigation link and its one
/// `<h1>`: the copy's, or a post's own (borrowed from the post at build time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct PageMeta<'a> {
    /// Document title, before the " | ITPO" suffix.
    pub title: &'a str,
    /// The page's one `<h1>`.
    pub heading: &'a str,
    /// Meta description: one or two sentences, shown by search engines.
    pub description: &'a str,
    /// Link text in the navigation.
    pub nav_label: &'a str,
}

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct PagesCopy {
    pub home: PageMeta<'static>,
    pub story: PageMeta<'static>,
    pub mission: PageMeta<'static>,
    pub directors: PageMeta<'static>,
    pub directors_intro: &'static str,
    /// Shown when no director profiles are published (the data file is empty).
    pub directors_none: &'static str,
    pub join: PageMeta<'static>,
    pub join_who_heading: &'static str,
    pub join_who: &'static [&'static str],
    pub join_why_heading: &'static str,
    pub join_why: &'static [&'static str],
    pub privacy: PageMeta<'static>,
    pub accessibility: PageMeta<'static>,
    pub resources: PageMeta<'static>,
    pub work: PageMeta<'static>,
    /// Where a plain HTML send of the join form comes back to.
    pub join_thanks: PageMeta<'static>,
    /// What happens next, after the join form's own thank-you text.
    pub join_thanks_next: &'static str,
    pub join_thanks_home: &'static str,
    pub not_found: PageMeta<'static>,
    pub not_found_text: &'static str,
    pub not_found_links: &'static str,
}
