//! The app's HTML for one URL, rendered natively as the browser will
//! hydrate it, and the check that it shows the page it was rendered for (a
//! page the app does not show would otherwise be written out, silently, as
//! the not-found page).

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
    valid_markers(html)
}

/// Leptos marks the places hydration needs with `<!>`, which HTML parses
/// as an empty comment but calls a "bogus comment" (a validation error on
/// every page). `<!---->` is the same empty comment, written validly: the
/// browser builds the same DOM, so hydration is unchanged. Text and
/// attribute values never hold a raw `<`, so only markers are matched.
fn valid_markers(html: String) -> String {
    html.replace("<!>", "<!---->")
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
    valid_markers(html)
}

/// Whether a rendered body is the page `meta` describes (its own `<h1>`),
/// the heading written as Leptos writes text: `&`, `<` and `>` escaped,
/// quotes as they are (a post titled with `"` is still its own page).
pub fn shows_heading(body: &str, meta: &PageMeta) -> bool {
    let text = meta
        .heading
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    body.contains(&format!(">{text}</h1>"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{content, lang::Lang, routes};

    #[test]
    fn a_heading_with_quotes_and_ampersands_is_still_its_page() {
        let heading = "Town hall: \"Paths\" & <more>";
        let body = render_fragment(&DataFiles::default(), move || view! { <h1>{heading}</h1> });
        let meta = PageMeta {
            heading,
            ..content::pages(Lang::En).story
        };
        assert!(shows_heading(&body, &meta), "{body}");
    }

    #[test]
    fn the_app_shows_every_page_of_the_table_in_both_editions() {
        for lang in Lang::ALL {
            let not_found = &content::pages(lang).not_found;
            for page in routes::ALL.iter() {
                let meta = page.meta(lang);
                // A built page's HTML comes from the prerenderer: give it one with the heading.
                let heading = meta.heading;
                let built = BuiltPage {
                    html: render_fragment(&DataFiles::default(), move || {
                        view! { <h1>{heading}</h1> }
                    }),
                    ..BuiltPage::default()
                };
                let body = render(page.path(lang), &DataFiles::default(), Some(&built));
                assert!(
                    shows_heading(&body, meta) && !shows_heading(&body, not_found),
                    "{} is in routes::ALL but src/pages/current.rs shows something else",
                    page.path(lang)
                );
            }
        }
        let unknown = render("/no/such/page/", &DataFiles::default(), None);
        assert!(shows_heading(&unknown, &content::pages(Lang::En).not_found));
        // One page for both languages: the French help is there too, marked as French.
        assert!(unknown.contains("<section lang=\"fr-CA\""));
        assert!(unknown.contains(content::pages(Lang::Fr).not_found_text));
    }
}
