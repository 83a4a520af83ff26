use leptos::prelude::*;

use crate::{
    components::page::{Page, Paragraphs},
    content, routes,
    site::{page_lang, use_site},
};

#[component]
pub fn StoryPage() -> impl IntoView {
    let site = use_site();
    let lang = page_lang();
    let ui = content::ui(lang);
    view! {
        <div class="wrap prose">
            <Page meta=routes::STORY.meta(lang) lang>
                <Paragraphs texts=content::pages(lang).story_text />
                <p class="actions">
                    <a class="button" href=site.href(routes::JOIN.path(lang))>{ui.cta_join}</a>
                    <a class="button button-secondary" href=site.href(routes::MISSION.path(lang))>{ui.cta_mission}</a>
                </p>
            </Page>
        </div>
    }
}
