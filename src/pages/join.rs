use leptos::prelude::*;

use crate::{
    components::{join_form::JoinForm, page::Page},
    content::pages::{JOIN_WHO, JOIN_WHO_HEADING, JOIN_WHY, JOIN_WHY_HEADING},
    routes,
};

#[component]
pub fn JoinPage() -> impl IntoView {
    view! {
        <div class="wrap prose">
            <Page meta=routes::JOIN.meta>
                <section aria-labelledby="join-who">
                    <h2 id="join-who">{JOIN_WHO_HEADING}</h2>
                    <ul>{JOIN_WHO.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                </section>
                <section aria-labelledby="join-why">
                    <h2 id="join-why">{JOIN_WHY_HEADING}</h2>
                    {JOIN_WHY.iter().map(|t| view! { <p>{*t}</p> }).collect_view()}
                </section>
                <JoinForm />
            </Page>
        </div>
    }
}
