//! The pages about ITPO: home, our story, mission. Nothing on them changes
//! after a build, so they are built pages (`built_page.rs`): their views and
//! copy stay out of the browser build.

use jiff::Timestamp;
use leptos::prelude::*;

use super::posts::LatestSection;
use crate::{
    components::page::{Items, Motto, PageFrame, Paragraphs},
    content,
    lang::Lang,
    prerender::posts::PostSummary,
    routes,
    site::use_site,
};

/// `posts`: the edition's published posts, newest first (upcoming events as of
/// `now`, then the latest are shown).
#[component]
pub fn HomePage(lang: Lang, posts: Vec<PostSummary>, now: Timestamp) -> impl IntoView {
    let site = use_site();
    let ui = content::ui(lang);
    view! {
        <div class="hero">
            <div class="wrap">
                <PageFrame meta=routes::Page::Home.meta(lang) lang>
                    <Motto lang />
                    <div class="lead">
                        <Paragraphs texts=content::about(lang).home />
                    </div>
                    <p class="actions">
                        <a class="button" href=site.href(routes::Page::Join.path(lang))>{ui.cta_join}</a>
                        <a class="button button-secondary" href=site.href(routes::Page::Story.path(lang))>
                            {ui.cta_story}
                        </a>
                    </p>
                </PageFrame>
            </div>
        </div>
        <section class="wrap cards" aria-label=ui.home_cards_label>
            <Card page=routes::Page::Mission lang text=ui.card_mission />
            <Card page=routes::Page::Directors lang text=ui.card_directors />
            <Card page=routes::Page::Join lang text=ui.card_join />
        </section>
        {(!posts.is_empty()).then(|| view! { <LatestSection posts lang now /> })}
    }
}

#[component]
fn Card(page: routes::Page, lang: Lang, text: &'static str) -> impl IntoView {
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

#[component]
pub fn StoryPage(lang: Lang) -> impl IntoView {
    let site = use_site();
    let ui = content::ui(lang);
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::Story.meta(lang) lang>
                <Paragraphs texts=content::about(lang).story />
                <p class="actions">
                    <a class="button" href=site.href(routes::Page::Join.path(lang))>{ui.cta_join}</a>
                    <a class="button button-secondary" href=site.href(routes::Page::Mission.path(lang))>{ui.cta_mission}</a>
                </p>
            </PageFrame>
        </div>
    }
}

#[component]
pub fn MissionPage(lang: Lang) -> impl IntoView {
    let copy = content::about(lang);
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::Mission.meta(lang) lang>
                <p class="lead">{copy.mission_aspiration}</p>
                <h2>{copy.mission_aims_heading}</h2>
                <ul class="aims"><Items texts=copy.mission_aims /></ul>
            </PageFrame>
        </div>
    }
}
