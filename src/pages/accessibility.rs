use leptos::prelude::*;

use crate::{
    components::page::{ContactSentence, Items, Page},
    content, routes,
    site::{page_lang, use_site},
};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let site = use_site();
    let lang = page_lang();
    let copy = content::accessibility(lang);
    view! {
        <div class="wrap prose">
            <Page meta=routes::ACCESSIBILITY.meta(lang) lang>
                <p class="lead">{copy.intro}</p>
                <h2>{copy.standard_heading}</h2>
                <p>{copy.standard}</p>
                <h2>{copy.tested_heading}</h2>
                <ul><Items texts=copy.tested /></ul>
                <p>{copy.tested_note}</p>
                <h2>{copy.limits_heading}</h2>
                <ul><Items texts=copy.limits /></ul>
                <h2>{copy.report_heading}</h2>
                <p>{copy.report}</p>
                <p class="report-contact">
                    // The contact is deployment data, so it is read from config.json.
                    {move || match site.contact_email() {
                        Some(email) => view! { <ContactSentence lead=copy.report_contact email /> }.into_any(),
                        None => copy.report_no_contact.into_any(),
                    }}
                </p>
            </Page>
        </div>
    }
}
