//! The not-found page. Hosts serve one `404.html` for every missing path of
//! both editions, so the page speaks both languages: the address's first
//! (English for any path no edition claims), then the other, marked with
//! its `lang`.

use leptos::prelude::*;

use crate::{
    components::page::{PageFrame, HEADING_ID},
    content,
    lang::Lang,
    routes,
    site::{page_lang, use_site},
};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = page_lang();
    let other = lang.other();
    let other_heading = format!("{HEADING_ID}-{}", other.tag());
    view! {
        <div class="wrap prose">
            <PageFrame meta=&content::pages(lang).not_found lang>
                <Help lang external=false />
            </PageFrame>
            <section lang=other.tag() aria-labelledby=other_heading.clone()>
                <h2 id=other_heading.clone()>{content::pages(other).not_found.heading}</h2>
                <Help lang=other external=true />
            </section>
        </div>
    }
}

/// What went wrong, and the edition's pages; `external` for the other
/// edition's, which load as a new page (see `site::page_lang`).
#[component]
fn Help(lang: Lang, external: bool) -> impl IntoView {
    let site = use_site();
    let copy = content::pages(lang);
    view! {
        <p>{copy.not_found_text}</p>
        <p>{copy.not_found_links}</p>
        <ul>
            {routes::ALL
                .iter()
                .filter(|p| p.listed() && !p.needs_posts())
                .map(|p| view! { <li><a href=site.href(p.path(lang)) rel=external.then_some("external")>{p.meta(lang).title}</a></li> })
                .collect_view()}
        </ul>
    }
}
