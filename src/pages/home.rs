use leptos::prelude::*;

use crate::{
    components::{
        page::{Motto, Page, Paragraphs},
        post_list::PostList,
    },
    content::{pages::HOME_INTRO, ui, work},
    posts::LATEST_ON_HOME,
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

/// The newest posts, or nothing at all when there are none.
#[component]
fn LatestPosts() -> impl IntoView {
    let site = use_site();
    let latest: Vec<_> = site
        .posts
        .with_value(|all| all.iter().take(LATEST_ON_HOME).cloned().collect());
    (!latest.is_empty()).then(|| {
        view! {
            <section class="wrap latest" aria-labelledby="latest-heading">
                <h2 id="latest-heading">{work::LATEST_HEADING}</h2>
                <PostList posts=latest heading_level=3 />
                <p><a href=site.href(routes::WORK.path)>{work::ALL_POSTS}</a></p>
            </section>
        }
    })
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
