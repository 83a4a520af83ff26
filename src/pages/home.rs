use leptos::prelude::*;

use crate::{
    app::use_site,
    components::page::{Motto, Page, Paragraphs},
    content::pages::HOME_INTRO,
    routes,
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
                        <a class="button" href=site.href(routes::JOIN.path)>"Join our community"</a>
                        <a class="button button-secondary" href=site.href(routes::STORY.path)>
                            "Read our story"
                        </a>
                    </p>
                </Page>
            </div>
        </div>
        <section class="wrap cards" aria-label="More about ITPO">
            <Card page=routes::MISSION text="What ITPO aspires to and the aims it works for." />
            <Card page=routes::DIRECTORS text="The volunteer physicians who lead ITPO." />
            <Card page=routes::JOIN text="Who can join, and how to become a member." />
        </section>
    }
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
