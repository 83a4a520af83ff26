//! The privacy notice and the accessibility statement. They name what the
//! deployment's `config.json` says (where answers go, ITPO's contact), so
//! each such part is written for both cases and marked (`built_page::live`):
//! the page shows the case of the config it was built with, and the app
//! shows the case of the live file (`pages/built.rs`).

use leptos::prelude::*;

use crate::{
    built_page::live,
    components::page::{Items, PageFrame},
    content,
    lang::Lang,
    routes,
    site::use_site,
};

#[component]
pub fn PrivacyPage(lang: Lang) -> impl IntoView {
    let copy = content::privacy(lang);
    // Where the answers go depends on the deployment, so it is read from config.json.
    let values = live_values();
    let host = values.endpoint_host;
    let own = values.endpoint_self.is_some();
    let any = values.endpoint.is_some();
    let service = values.service_name;
    let policy = values.service_privacy;
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::Privacy.meta(lang) lang>
                <p class="lead">{copy.intro}</p>
                <h2>{copy.collected_heading}</h2>
                <ul><Items texts=copy.collected /></ul>
                <p>{copy.not_collected}</p>
                <h2>{copy.why_heading}</h2>
                <p>{copy.why}</p>
                <h2>{copy.where_heading}</h2>
                <p>
                    <span data-if=live::ENDPOINT_HOST hidden=host.is_none()>
                        {copy.where_configured} " "
                        <strong data-fill=live::ENDPOINT_HOST>{host.clone()}</strong> ". "
                        // Another organisation has the answers: who, and that they may leave Canada.
                        <span data-if=live::SERVICE_NAME hidden=service.is_none()>
                            {copy.where_service_run_by}
                            <span data-fill=live::SERVICE_NAME>{service.clone()}</span>
                            {copy.where_service_another}
                        </span>
                        <span data-unless=live::SERVICE_NAME hidden=service.is_some()>
                            {copy.where_service_unnamed}
                        </span>
                        {copy.where_outside}
                        <span data-if=live::SERVICE_PRIVACY hidden=policy.is_none()>
                            " " {copy.where_policy_before}
                            <a data-href=live::SERVICE_PRIVACY href=policy.clone().unwrap_or_default()>
                                {copy.where_policy_link}
                            </a> "."
                        </span>
                    </span>
                    <span data-if=live::ENDPOINT_SELF hidden=!own>{copy.where_self}</span>
                    <span data-unless=live::ENDPOINT hidden=any>{copy.where_unconfigured}</span>
                </p>
                <h2>{copy.kept_heading}</h2>
                <p>{copy.kept}</p>
                <h2>{copy.withdraw_heading}</h2>
                <p>
                    {copy.withdraw} " "
                    <Contact lang lead=copy.withdraw_contact none=copy.withdraw_no_contact />
                </p>
            </PageFrame>
        </div>
    }
}

#[component]
pub fn AccessibilityPage(lang: Lang) -> impl IntoView {
    let copy = content::accessibility(lang);
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::Accessibility.meta(lang) lang>
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
                    <Contact lang lead=copy.report_contact none=copy.report_no_contact />
                </p>
            </PageFrame>
        </div>
    }
}

/// The config-dependent parts' values in the config this build read.
fn live_values() -> live::Values {
    live::Values::of(use_site().config.get_untracked().as_ref())
}

/// "`lead` address." with the address as a mailto link when `config.json`
/// names ITPO's contact (and "or by mail at" its mailing address, when it
/// gives one), else `none`: both written, one hidden.
#[component]
fn Contact(lang: Lang, lead: &'static str, none: &'static str) -> impl IntoView {
    let values = live_values();
    let email = values.contact;
    let address = values.mailing_address;
    let href = format!("mailto:{}", email.clone().unwrap_or_default());
    // The same words as in the news consent: " or by mail at ".
    let by_mail = content::join(lang).consent_updates_by_mail;
    view! {
        <span data-if=live::CONTACT hidden=email.is_none()>
            {lead} " " <a data-fill=live::CONTACT href=href>{email.clone()}</a>
            <span data-if=live::MAILING_ADDRESS hidden=address.is_none()>
                {by_mail} <span data-fill=live::MAILING_ADDRESS>{address.clone()}</span>
            </span>
            "."
        </span>
        <span data-unless=live::CONTACT hidden=email.is_some()>{none}</span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{data::DataFiles, prerender::render::render_fragment};

    fn privacy(config: &str, lang: Lang) -> String {
        let data = DataFiles::from_texts(Some(config.into()), None, None);
        render_fragment(&data, move || view! { <PrivacyPage lang /> })
    }

    #[test]
    fn the_privacy_notice_shows_the_case_of_its_config_in_its_language() {
        let own = privacy(r#"{"join":{"endpoint":"/join"}}"#, Lang::Fr);
        let fr = content::privacy(Lang::Fr);
        assert!(own.contains(&format!(
            "<span data-if=\"endpoint-self\">{}",
            fr.where_self
        )));
        assert!(own.contains("<span data-if=\"endpoint-host\" hidden"));
        assert!(own.contains("<span data-unless=\"endpoint\" hidden"));
        assert!(!own.contains("own server"), "no English on the French page");
        let other = privacy(
            r#"{"join":{"endpoint":"https://formspree.io/f/x"}}"#,
            Lang::En,
        );
        assert!(other.contains("<strong data-fill=\"endpoint-host\">formspree.io</strong>"));
        assert!(other.contains("<span data-if=\"endpoint-self\" hidden"));
        let none = privacy("{}", Lang::En);
        assert!(none.contains(&format!(
            "<span data-unless=\"endpoint\">{}",
            content::privacy(Lang::En).where_unconfigured
        )));
    }

    #[test]
    fn the_privacy_notice_says_who_receives_the_answers_and_that_they_may_leave_canada() {
        let named = privacy(
            r#"{"join":{"endpoint":"https://formspree.io/f/x","service_name":"Formspree",
               "service_privacy_url":"https://formspree.io/legal/privacy-policy"}}"#,
            Lang::Fr,
        );
        let fr = content::privacy(Lang::Fr);
        assert!(
            named.contains("<span data-fill=\"service-name\">Formspree</span>"),
            "{named}"
        );
        assert!(named.contains(fr.where_outside));
        assert!(named.contains("href=\"https://formspree.io/legal/privacy-policy\""));
        assert!(named.contains("<span data-unless=\"service-name\" hidden"));
        let unnamed = privacy(
            r#"{"join":{"endpoint":"https://formspree.io/f/x"}}"#,
            Lang::En,
        );
        let en = content::privacy(Lang::En);
        assert!(unnamed.contains(&format!(
            "<span data-unless=\"service-name\">{}",
            en.where_service_unnamed
        )));
        assert!(
            unnamed.contains(en.where_service_unnamed)
                && unnamed.contains("form service chosen by ITPO")
        );
        // The site's own server is not another organisation.
        let own = privacy(
            r#"{"join":{"endpoint":"/join","service_name":"X"}}"#,
            Lang::En,
        );
        assert!(own.contains("<span data-if=\"endpoint-host\" hidden"));
    }
}
