use leptos::prelude::*;

use crate::{
    components::page::{ContactSentence, Page},
    content::privacy as copy,
    routes,
    site::use_site,
};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let site = use_site();
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
            <Page meta=routes::PRIVACY.meta>
                <p class="lead">{copy::INTRO}</p>
                <h2>{copy::COLLECTED_HEADING}</h2>
                <ul>{copy::COLLECTED.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}</ul>
                <p>{copy::NOT_COLLECTED}</p>
                <h2>{copy::WHY_HEADING}</h2>
                <p>{copy::WHY}</p>
                <h2>{copy::WHERE_HEADING}</h2>
                <p>
                    {move || match processor() {
                        Some(host) => view! { {copy::WHERE_CONFIGURED} " " <strong>{host}</strong> "." }.into_any(),
                        None => copy::WHERE_UNCONFIGURED.into_any(),
                    }}
                </p>
                <h2>{copy::KEPT_HEADING}</h2>
                <p>{copy::KEPT}</p>
                <h2>{copy::WITHDRAW_HEADING}</h2>
                <p>
                    {copy::WITHDRAW} " "
                    {move || match site.contact_email() {
                        Some(email) => view! { <ContactSentence lead=copy::WITHDRAW_CONTACT email /> }.into_any(),
                        None => copy::WITHDRAW_NO_CONTACT.into_any(),
                    }}
                </p>
            </Page>
        </div>
    }
}
