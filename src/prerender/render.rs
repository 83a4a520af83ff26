//! The app's HTML for one URL, rendered natively as the browser will
//! hydrate it, and the check that every page in `routes::ALL` is one the
//! router knows (a page missing from the router would otherwise be written
//! out, silently, as the not-found page).

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::{app::App, content::pages::PageMeta, data::DataFiles, posts::PostBody};

/// `post` is the body of the post at `url`, when it is one.
pub fn render(url: &str, data: &DataFiles, post: Option<&PostBody>) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(url));
        provide_context(data.clone());
        if let Some(post) = post {
            provide_context(post.clone());
        }
        view! { <App /> }.to_html()
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
            let body = render(page.path, &DataFiles::default(), None);
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
