use leptos::prelude::*;

use crate::{
    components::page::{Motto, Page, Paragraphs},
    content,
    lang::Lang,
    routes,
    site::{page_lang, use_site},
};

#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    let lang = page_lang();
    let ui = content::ui(lang);
    view! {
        <div class="hero">
            <div class="wrap">
                <Page meta=routes::HOME.meta(lang) lang>
                    <Motto lang />
                    <div class="lead">
                        <Paragraphs texts=content::pages(lang).home_intro />
                    </div>
                    <p class="actions">
                        <a class="button" href=site.href(routes::JOIN.path(lang))>{ui.cta_join}</a>
                        <a class="button button-secondary" href=site.href(routes::STORY.path(lang))>
                            {ui.cta_story}
                        </a>
                    </p>
                </Page>
            </div>
        </div>
        <section class="wrap cards" aria-label=ui.home_cards_label>
            <Card page=routes::MISSION lang text=ui.card_mission />
            <Card page=routes::DIRECTORS lang text=ui.card_directors />
            <Card page=routes::JOIN lang text=ui.card_join />
        </section>
        <LatestPosts lang />
    }
}

/// The edition's newest posts (rendered at build time), or nothing at all
/// when there are none.
#[component]
fn LatestPosts(lang: Lang) -> impl IntoView {
    let site = use_site();
    let html = site
        .posts
        .with_value(|p| p.edition(lang).latest_html.clone());
    (!html.is_empty()).then(|| view! { <div class="latest-posts" inner_html=html></div> })
}

#[component]
fn Card(page: routes::SitePage, lang: Lang, text: &'static str) -> impl IntoView {
    let site = use_site();
    view! {
        <article class="card">
            <h2>
                <a href=site.href(page.path(lang))>{page.meta(lang).title}</a>
            </h2>
            <p>{text}</p>
        </article>
    }
}
