use leptos::prelude::*;

use crate::{
    components::page::{ContactSentence, Items, Page},
    content, routes,
    site::{page_lang, use_site},
};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let site = use_site();
    let lang = page_lang();
    let copy = content::privacy(lang);
    // Where the answers go depends on the deployment, so it is read from config.json.
    let processor = move || {
        site.config.with(|c| {
            c.as_ref()
                .and_then(|c| c.join.as_ref().ok())
                .map(|j| crate::join::settings::endpoint_host(&j.endpoint))
        })
    };
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
                    {move || match processor() {
                        Some(host) => view! { {copy.where_configured} " " <strong>{host}</strong> "." }.into_any(),
                        None => copy.where_unconfigured.into_any(),
                    }}
                </p>
                <h2>{copy.kept_heading}</h2>
                <p>{copy.kept}</p>
                <h2>{copy.withdraw_heading}</h2>
                <p>
                    {copy.withdraw} " "
                    {move || match site.contact_email() {
                        Some(email) => view! { <ContactSentence lead=copy.withdraw_contact email /> }.into_any(),
                        None => copy.withdraw_no_contact.into_any(),
                    }}
                </p>
            </Page>
        </div>
    }
}
