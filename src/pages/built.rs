//! The one view of every page made at build time (`built_page.rs`): it
//! shows HTML received as data, and the case of its config-dependent parts
//! that the live `config.json` calls for.

use leptos::prelude::*;

use super::{arriving::arriving, not_found::NotFoundPage};
use crate::{
    address::Address,
    api, browser,
    built_page::{live, BuiltPage, CONTENT_ID},
    components::page::{page_shown, LoadFailed, Loading},
    site::{page_lang, use_site},
};

/// A page made at build time (`built_page.rs`), or a post. Adopted as it is
/// from the prerendered page; after an in-place navigation, taken from this
/// visit's store or fetched as data.
#[component]
pub fn BuiltPageView(address: Address) -> impl IntoView {
    let lang = page_lang();
    let path = address.path().unwrap_or_default().into_owned();
    if let Some(html) = adopted(&path) {
        // The head is the prerendered one, and focus stays where the browser put it.
        return view! { <BuiltContent html /> }.into_any();
    }
    if let Some(page) = api::stored_built_page(&path) {
        return view! { <FetchedPage page /> }.into_any();
    }
    let page = arriving(api::load_built_page(path));
    (move || match page.get() {
        None => view! { <Loading lang /> }.into_any(),
        Some(Ok(Some(page))) => view! { <FetchedPage page /> }.into_any(),
        Some(Ok(None)) => NotFoundPage().into_any(),
        Some(Err(e)) => {
            leptos::logging::warn!("{e}");
            view! { <LoadFailed lang /> }.into_any()
        }
    })
    .into_any()
}

/// A built page that arrived as data: titled and focused like any page.
#[component]
fn FetchedPage(page: BuiltPage) -> impl IntoView {
    page_shown(page_lang(), &page.title, &page.description);
    view! { <BuiltContent html=page.html /> }
}

/// A built page's HTML, its parts that name what `config.json` says shown
/// as the live file says it, whenever the file changes, and its events that
/// have ended since the build marked as past.
#[component]
fn BuiltContent(html: String) -> impl IntoView {
    let site = use_site();
    Effect::new(move |_| {
        let values = site.config.with(|c| live::Values::of(c.as_ref()));
        // Next frame: the page's HTML is in the document by then.
        _ = request_animation_frame(move || {
            browser::show_live_parts(CONTENT_ID, &values.by_key());
            browser::mark_ended_events(CONTENT_ID);
        });
    });
    view! { <div id=CONTENT_ID class="built-page" inner_html=html></div> }
}

/// Fetches a built page ahead (`pages/ahead.rs`), so that following the link
/// shows it at once, with no "Loading…" moment.
#[cfg(feature = "hydrate")]
pub fn fetch_ahead(address: &Address) {
    let Some(path) = address.path().filter(|_| address.built()) else {
        return;
    };
    if api::stored_built_page(&path).is_some() {
        return;
    }
    let path = path.into_owned();
    // Not on Leptos's task runner: the visitor may point before the app has started.
    wasm_bindgen_futures::spawn_local(async move {
        _ = api::load_built_page(path).await;
    });
}

/// The page's HTML when this document was built for it: given by the
/// prerenderer, or read from the page the browser is adopting (only while
/// it adopts: later, another page is on screen).
fn adopted(path: &str) -> Option<String> {
    if let Some(page) = use_context::<BuiltPage>() {
        return Some(page.html);
    }
    if use_site().started.get_untracked() || browser::page_rendered_for().as_deref() != Some(path) {
        return None;
    }
    browser::element_inner_html(CONTENT_ID)
}
