//! The frame of every page: its title, description and one `<h1>`.

use leptos::prelude::*;

use crate::{
    browser,
    content::{document_title, pages::PageMeta},
};

/// The id of every page's `<h1>`, where focus lands after navigation.
pub const HEADING_ID: &str = "page-heading";

/// The `<head>` of each route is written by the prerenderer; after an
/// in-app navigation this effect (browser only) brings title and
/// description up to date.
#[component]
pub fn Page(meta: PageMeta, children: Children) -> impl IntoView {
    Effect::new(move |_| browser::set_head(&document_title(meta.title), meta.description));
    view! {
        // tabindex=-1 lets focus land here after navigation without adding a tab stop.
        <h1 id=HEADING_ID tabindex="-1">{meta.heading}</h1>
        {children()}
    }
}

/// Paragraphs of copy.
#[component]
pub fn Paragraphs(texts: &'static [&'static str]) -> impl IntoView {
    texts.iter().map(|t| view! { <p>{*t}</p> }).collect_view()
}

/// The motto, marked up so both languages are read correctly.
#[component]
pub fn Motto() -> impl IntoView {
    use crate::content::{MOTTO_ENGLISH, MOTTO_LATIN};
    view! {
        <p class="motto">
            <span lang="la">{MOTTO_LATIN}</span>
            <span class="motto-sep" aria-hidden="true">" | "</span>
            <span class="visually-hidden">", "</span>
            <span>{MOTTO_ENGLISH}</span>
        </p>
    }
}

/// "`lead` address." with the address as a mailto link: how the pages name
/// ITPO's contact from `config.json`.
#[component]
pub fn ContactSentence(lead: &'static str, email: String) -> impl IntoView {
    view! { {lead} " " <a href=format!("mailto:{email}")>{email.clone()}</a> "." }
}
