//! The privacy notice and the accessibility statement. They name what the
//! deployment's `config.json` says (where answers go, ITPO's contact), so
//! each such part is written for both cases and marked (`built_page::live`):
//! the page shows the case of the config it was built with, and the app
//! shows the case of the live file (`pages/built.rs`).

use leptos::prelude::*;

use crate::{
    built_page::live,
    components::page::{Items, Page},
    content,
    lang::Lang,
    routes,
    site::use_site,
};

#[component]
pub fn PrivacyPage(lang: Lang) -> impl IntoView {
    let site = use_site();
    let copy = content::privacy(lang);
    // Where the answers go depends on the deployment, so it is read from config.json.
    let processor = site.config.with_untracked(|c| {
        c.as_ref()
            .and_then(|c| c.join.as_ref().ok())
            .map(|j| crate::join::settings::endpoint_host(&j.endpoint))
    });
    view! {
        <div class="wrap prose">
            <Page meta=routes::PRIVACY.meta(lang) lang>
                <p class="lead">{copy.intro}</p>
                <h2>{copy.collected_heading}</h2>
                <ul><Items texts=copy.collected /></ul>
                <p>{copy.not_collected}</p>
                <h2>{copy.why_heading}</h2>
                <p>{copy.why}</p>
                <h2>{copy.where_heading}</h2>
                <p>
                    <span data-if=live::ENDPOINT_HOST hidden=processor.is_none()>
                        {copy.where_configured} " "
                        <strong data-fill=live::ENDPOINT_HOST>{processor.clone()}</strong> "."
                    </span>
                    <span data-unless=live::ENDPOINT_HOST hidden=processor.is_some()>
                        {copy.where_unconfigured}
                    </span>
                </p>
                <h2>{copy.kept_heading}</h2>
                <p>{copy.kept}</p>
                <h2>{copy.withdraw_heading}</h2>
                <p>
                    {copy.withdraw} " "
                    <Contact lead=copy.withdraw_contact none=copy.withdraw_no_contact />
                </p>
            </Page>
        </div>
    }
}

#[component]
pub fn AccessibilityPage(lang: Lang) -> impl IntoView {
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
                    <Contact lead=copy.report_contact none=copy.report_no_contact />
                </p>
            </Page>
        </div>
    }
}

/// "`lead` address." with the address as a mailto link when `config.json`
/// names ITPO's contact, else `none`: both written, one hidden.
#[component]
fn Contact(lead: &'static str, none: &'static str) -> impl IntoView {
    let email = use_site().contact_email();
    let href = format!("mailto:{}", email.clone().unwrap_or_default());
    view! {
        <span data-if=live::CONTACT hidden=email.is_none()>
            {lead} " " <a data-fill=live::CONTACT href=href>{email.clone()}</a> "."
        </span>
        <span data-unless=live::CONTACT hidden=email.is_some()>{none}</span>
    }
}
