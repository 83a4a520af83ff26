use leptos::prelude::*;

use crate::{
    components::page::Page,
    content::pages::{MISSION_AIMS, MISSION_AIMS_HEADING, MISSION_ASPIRATION},
    routes,
};

#[component]
pub fn MissionPage() -> impl IntoView {
    view! {
        <div class="wrap prose">
            <Page meta=routes::MISSION.meta>
                <p class="lead">{MISSION_ASPIRATION}</p>
                <h2>{MISSION_AIMS_HEADING}</h2>
                <ul class="aims">{MISSION_AIMS.iter().map(|a| view! { <li>{*a}</li> }).collect_view()}</ul>
            </Page>
        </div>
    }
}
