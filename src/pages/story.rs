use leptos::prelude::*;

use crate::{
    components::page::{Page, Paragraphs},
    content::{pages::STORY_TEXT, ui},
    routes,
    site::use_site,
};

#[component]
pub fn StoryPage() -> impl IntoView {
    let site = use_site();
    view! {
        <div class="wrap prose">
            <Page meta=routes::STORY.meta>
                <Paragraphs texts=STORY_TEXT />
                <p class="actions">
                    <a class="button" href=site.href(routes::JOIN.path)>{ui::CTA_JOIN}</a>
                    <a class="button button-secondary" href=site.href(routes::MISSION.path)>{ui::CTA_MISSION}</a>
                </p>
            </Page>
        </div>
    }
}
