//! The join form's thank-you page: where a plain HTML send (no app) brings
//! the member back to, when the endpoint redirects (`join.redirect_field`).
//! Its loader clears a draft left over from the visit (`prerender/trunk.rs`).

use leptos::prelude::*;

use crate::{components::page::PageFrame, content, lang::Lang, routes, site::use_site};

#[component]
pub fn JoinThanksPage(lang: Lang) -> impl IntoView {
    let site = use_site();
    let pages = content::pages(lang);
    let join = content::join(lang);
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::JoinThanks.meta(lang) lang>
                <p class="lead">{join.thank_you}</p>
                <p>{pages.join_thanks_next}</p>
                <p><a class="button" href=site.href(routes::Page::Home.path(lang))>{pages.join_thanks_home}</a></p>
            </PageFrame>
        </div>
    }
}
