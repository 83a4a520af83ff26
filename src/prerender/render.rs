//! The app's HTML for one URL, rendered natively as the browser will
//! hydrate it, and the check that every page in `routes::ALL` is one the
//! router knows (a page missing from the router would otherwise be written
//! out, silently, as the not-found page).

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::{
    app::App, built_page::BuiltPage, content::pages::PageMeta, data::DataFiles, site::provide_site,
};

/// The app's body at `url`; `built` is the page's HTML when it is a built
/// page (`built_page.rs`).
pub fn render(url: &str, data: &DataFiles, built: Option<&BuiltPage>) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(url));
        provide_context(data.clone());
        if let Some(built) = built {
            provide_context(built.clone());
        }
        view! { <App /> }.to_html()
    });
    drop(owner);
    html
}

/// A build-time view (`views/`) as HTML, with the site state it reads.
pub fn render_fragment<V: IntoView + 'static>(
    data: &DataFiles,
    view: impl FnOnce() -> V,
) -> String {
    let owner = Owner::new_root(None);
    let html = owner.with(|| {
        provide_context(data.clone());
        provide_site();
        view().to_html()
    });
    drop(owner);
    html
}

/// Whether a rendered body is the page `meta` describes (its own `<h1>`).
pub fn shows(body: &str, meta: &PageMeta) -> bool {
    body.contains(&format!(">{}</h1>", super::escape(meta.heading)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{content, lang::Lang, prerender::escape, routes};

    #[test]
    fn the_router_knows_every_page_in_the_routes_table_in_both_editions() {
        for lang in Lang::ALL {
            let not_found = &content::pages(lang).not_found;
            for page in routes::ALL.iter() {
                let meta = page.meta(lang);
                // A built page's HTML comes from the prerenderer: give it one with the heading.
                let built = BuiltPage {
                    html: format!("<h1>{}</h1>", escape(meta.heading)),
                    ..BuiltPage::default()
                };
                let body = render(page.path(lang), &DataFiles::default(), Some(&built));
                assert!(
                    shows(&body, meta) && !shows(&body, not_found),
                    "{} is in routes::ALL but src/pages/shown.rs shows something else",
                    page.path(lang)
                );
            }
        }
        let unknown = render("/no/such/page/", &DataFiles::default(), None);
        assert!(shows(&unknown, &content::pages(Lang::En).not_found));
        // One page for both languages: the French help is there too, marked as French.
        assert!(unknown.contains("<section lang=\"fr-CA\""));
        assert!(unknown.contains(content::pages(Lang::Fr).not_found_text));
    }
}
