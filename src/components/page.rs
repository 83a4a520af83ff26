//! The frame of every page: its title, description and one `<h1>`.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content::{document_title, pages::PageMeta};

#[component]
pub fn Page(meta: PageMeta, children: Children) -> impl IntoView {
    view! {
        <Title text=document_title(meta.title) />
        <Meta name="description" content=meta.description />
        // tabindex=-1 lets focus land here after navigation without adding a tab stop.
        <h1 tabindex="-1">{meta.heading}</h1>
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
