//! The frame of every page: its head, its one `<h1>` and the focus after
//! navigation; and the small parts of copy pages share.

use std::borrow::Cow;

use leptos::prelude::*;

use crate::{
    browser,
    content::{self, document_title, pages::PageMeta},
    lang::Lang,
    site::use_site,
};

/// The id of every page's `<h1>`, where focus lands after navigation.
pub const HEADING_ID: &str = "page-heading";

/// The frame of a page the app renders itself: its heading, then its content.
#[component]
pub fn PageFrame(
    meta: &'static PageMeta<'static>,
    lang: Lang,
    children: Children,
) -> impl IntoView {
    page_shown(lang, &document_title(meta.title), meta.description);
    view! {
        <PageHeading text=meta.heading />
        {children()}
    }
}

/// Every page's one `<h1>`, where focus lands after an in-place navigation.
#[component]
pub fn PageHeading(#[prop(into)] text: Cow<'static, str>) -> impl IntoView {
    // tabindex=-1 lets focus land here without adding a tab stop.
    view! { <h1 id=HEADING_ID tabindex="-1">{text}</h1> }
}

/// Called once by every page, and every loading page's outcome, when it is
/// made: the head follows the page on screen (its language, title and
/// description), and after an in-place navigation focus moves to its
/// heading, so screen-reader users hear that the page changed. (On the first
/// load focus stays put: the browser's own page-load announcement tells of
/// the page.)
pub fn page_shown(lang: Lang, title: &str, description: &str) {
    browser::set_head(lang.tag(), title, description);
    if use_site().started.get_untracked() {
        // Next frame: the page's heading is in the document by then.
        _ = request_animation_frame(|| browser::focus_id(HEADING_ID));
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
    page_shown(
        lang,
        &document_title(ui.load_failed_heading),
        ui.load_failed,
    );
    view! {
        <div class="wrap prose">
            <PageHeading text=ui.load_failed_heading />
            <p>{ui.load_failed}</p>
        </div>
    }
}
