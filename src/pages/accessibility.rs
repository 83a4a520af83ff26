use leptos::prelude::*;

use crate::{components::page::Page, content::accessibility as copy, routes, site::use_site};

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let site = use_site();
    // The contact is deployment data, so it is read from config.json.
    let contact = move || {
        site.config
            .with(|c| c.as_ref().and_then(|c| c.contact_email.clone()))
    };
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
                    {move || match contact() {
                        Some(email) => view! {
                            {copy::REPORT_CONTACT} " " <a href=format!("mailto:{email}")>{email.clone()}</a> "."
                        }
                        .into_any(),
                        None => copy::REPORT_NO_CONTACT.into_any(),
                    }}
                </p>
            </Page>
        </div>
    }
}
