use leptos::prelude::*;

use crate::{
    components::page::{Items, Page},
    content, routes,
    site::page_lang,
};

#[component]
pub fn MissionPage() -> impl IntoView {
    let lang = page_lang();
    let copy = content::pages(lang);
    view! {
        <div class="wrap prose">
            <Page meta=routes::MISSION.meta(lang) lang>
                <p class="lead">{copy.mission_aspiration}</p>
                <h2>{copy.mission_aims_heading}</h2>
                <ul class="aims"><Items texts=copy.mission_aims /></ul>
            </Page>
        </div>
    }
}
