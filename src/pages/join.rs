use leptos::prelude::*;

use crate::{
    components::{
        join_form::JoinForm,
        page::{Items, Page, Paragraphs},
    },
    content, routes,
    site::page_lang,
};

#[component]
pub fn JoinPage() -> impl IntoView {
    let lang = page_lang();
    let copy = content::pages(lang);
    view! {
        <div class="wrap prose">
            <Page meta=routes::JOIN.meta(lang) lang>
                <section aria-labelledby="join-who">
                    <h2 id="join-who">{copy.join_who_heading}</h2>
                    <ul><Items texts=copy.join_who /></ul>
                </section>
                <section aria-labelledby="join-why">
                    <h2 id="join-why">{copy.join_why_heading}</h2>
                    <Paragraphs texts=copy.join_why />
                </section>
                <JoinForm lang />
            </Page>
        </div>
    }
}
