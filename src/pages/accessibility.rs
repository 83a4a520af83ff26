use leptos::prelude::*;

use crate::{
    components::page::{ContactSentence, Page},
    content::accessibility as copy,
    routes,
    site::use_site,
};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let site = use_site();
    view! {
        <div class="wrap prose">
            <Page meta=routes::ACCESSIBILITY.meta>
                <p class="lead">{copy::INTRO}</p>
                <h2>{copy::STANDARD_HEADING}</h2>
                <p>{copy::STANDARD}</p>
                <h2>{copy::TESTED_HEADING}</h2>
                <ul>{copy::TESTED.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                <p>{copy::TESTED_NOTE}</p>
                <h2>{copy::LIMITS_HEADING}</h2>
                <ul>{copy::LIMITS.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                <h2>{copy::REPORT_HEADING}</h2>
                <p>{copy::REPORT}</p>
                <p class="report-contact">
                    // The contact is deployment data, so it is read from config.json.
                    {move || match site.contact_email() {
                        Some(email) => view! { <ContactSentence lead=copy::REPORT_CONTACT email /> }.into_any(),
                        None => copy::REPORT_NO_CONTACT.into_any(),
                    }}
                </p>
            </Page>
        </div>
    }
}
