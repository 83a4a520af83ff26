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
    use crate::{content::pages::NOT_FOUND, routes};

    #[test]
    fn the_router_knows_every_page_in_the_routes_table() {
        for page in routes::ALL {
            // A built page's HTML comes from the prerenderer: give it one with the heading.
            let built = BuiltPage {
                html: format!("<h1>{}</h1>", page.meta.heading),
                ..BuiltPage::default()
            };
            let body = render(page.path, &DataFiles::default(), Some(&built));
            assert!(
                shows(&body, &page.meta) && !shows(&body, &NOT_FOUND),
                "{} is in routes::ALL but the router in src/app.rs renders something else",
                page.path
            );
        }
        assert!(shows(
            &render("/no/such/page/", &DataFiles::default(), None),
            &NOT_FOUND
        ));
    }
}
