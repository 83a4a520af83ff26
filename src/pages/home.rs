use leptos::prelude::*;

use crate::{
    components::page::{Motto, Page, Paragraphs},
    content::{pages::HOME_INTRO, ui},
    routes,
    site::use_site,
};

#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    view! {
        <div class="hero">
            <div class="wrap">
                <Page meta=routes::HOME.meta>
                    <Motto />
                    <div class="lead">
                        <Paragraphs texts=HOME_INTRO />
                    </div>
                    <p class="actions">
                        <a class="button" href=site.href(routes::JOIN.path)>{ui::CTA_JOIN}</a>
                        <a class="button button-secondary" href=site.href(routes::STORY.path)>
                            {ui::CTA_STORY}
                        </a>
                    </p>
                </Page>
            </div>
        </div>
        <section class="wrap cards" aria-label=ui::HOME_CARDS_LABEL>
            <Card page=routes::MISSION text=ui::CARD_MISSION />
            <Card page=routes::DIRECTORS text=ui::CARD_DIRECTORS />
            <Card page=routes::JOIN text=ui::CARD_JOIN />
        </section>
        <LatestPosts />
    }
}

/// The newest posts (rendered at build time), or nothing at all when there
/// are none.
#[component]
fn LatestPosts() -> impl IntoView {
    let site = use_site();
    let html = site.posts.with_value(|p| p.latest_html.clone());
    (!html.is_empty()).then(|| view! { <div class="latest-posts" inner_html=html></div> })
}

#[component]
fn Card(page: routes::SitePage, text: &'static str) -> impl IntoView {
    let site = use_site();
    view! {
        <article class="card">
            <h2>
                <a href=site.href(page.path)>{page.meta.title}</a>
            </h2>
            <p>{text}</p>
        </article>
    }
}
