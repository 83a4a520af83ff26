//! The frame of every page: its title, description and one `<h1>`.

use leptos::prelude::*;

use crate::{
    browser,
    content::{self, document_title, pages::PageMeta},
    lang::Lang,
};

/// The id of every page's `<h1>`, where focus lands after navigation.
pub const HEADING_ID: &str = "page-heading";

/// The `<head>` of each route is written by the prerenderer; after an
/// in-app navigation this effect (browser only) brings language, title and
/// description up to date.
#[component]
pub fn Page(meta: &'static PageMeta, lang: Lang, children: Children) -> impl IntoView {
    Effect::new(move |_| {
        browser::set_head(lang.tag(), &document_title(meta.title), meta.description)
    });
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

/// A list of copy.
#[component]
pub fn Items(texts: &'static [&'static str]) -> impl IntoView {
    texts.iter().map(|t| view! { <li>{*t}</li> }).collect_view()
}

/// The motto, marked up so both languages are read correctly.
#[component]
pub fn Motto(lang: Lang) -> impl IntoView {
    view! {
        <p class="motto">
            <span lang="la">{content::MOTTO_LATIN}</span>
            <span class="motto-sep" aria-hidden="true">" | "</span>
            <span class="visually-hidden">", "</span>
            <span>{content::ui(lang).motto_gloss}</span>
        </p>
    }
}

/// "`lead` address." with the address as a mailto link: how the pages name
/// ITPO's contact from `config.json`.
#[component]
pub fn ContactSentence(lead: &'static str, email: String) -> impl IntoView {
    view! { {lead} " " <a href=format!("mailto:{email}")>{email.clone()}</a> "." }
}

/// The organisation's name: a proper name in English, so marked as such on
/// French pages.
#[component]
pub fn OrgName(lang: Lang) -> impl IntoView {
    view! { <span lang=(lang != Lang::En).then_some("en-CA")>{content::ORG_NAME}</span> }
}

/// What a page fetched after an in-place navigation shows while it comes
/// (a built page's data, the join page's code).
#[component]
pub fn Loading(lang: Lang) -> impl IntoView {
    view! { <div class="wrap prose"><p class="loading" role="status">{content::ui(lang).loading}</p></div> }
}

/// What it shows if it cannot be fetched: a page of its own, with the
/// heading focus lands on.
#[component]
pub fn LoadFailed(lang: Lang) -> impl IntoView {
    let ui = content::ui(lang);
    view! {
        <div class="wrap prose">
            <h1 id=HEADING_ID tabindex="-1">{ui.load_failed_heading}</h1>
            <p>{ui.load_failed}</p>
        </div>
    }
}
