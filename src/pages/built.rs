//! The one view of every page made at build time (`built_page.rs`): it
//! shows HTML received as data, and the case of its config-dependent parts
//! that the live `config.json` calls for.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::not_found::NotFoundPage;
use crate::{
    api, browser,
    built_page::{live, BuiltPage, CONTENT_ID},
    components::page::{LoadFailed, Loading, HEADING_ID},
    posts, routes,
    site::{page_lang, use_site},
    start,
};

/// Where a built page's view is: what it shows.
#[derive(Debug, Clone, PartialEq)]
enum BuiltState {
    Loading,
    Page(BuiltPage),
    NotFound,
    Failed,
}

/// "Our work", a post or "Where to start": HTML made at build time
/// (`built_page.rs`). Adopted as it is from the prerendered page; after an
/// in-place navigation, fetched as data, then titled and focused like any page.
#[component]
pub fn BuiltPageView() -> impl IntoView {
    let site = use_site();
    let pathname = use_location().pathname;
    // The page's own path below the base, as the prerenderer named it.
    let page_path =
        move |pathname: &str| start::landing(pathname, site.base).page.unwrap_or_default();
    let path = move || pathname.with(|p| page_path(p));
    // The router keeps this view across one post to another, but a view on
    // its way out also sees the next address: it must not fetch for it.
    let created_for = path();
    let lang = page_lang();
    let still_mine = move |wanted: &str| same_route(&created_for, wanted);
    let shown = RwSignal::new(match adopted(&path(), site.started.get_untracked()) {
        Some(page) => BuiltState::Page(page),
        None => BuiltState::Loading,
    });
    // In an effect: only the browser fetches, and again whenever the path
    // changes (one post to another keeps this view).
    Effect::new(move |previous: Option<String>| {
        let wanted = path();
        if !still_mine(&wanted) {
            return wanted;
        }
        let adopted_now =
            previous.is_none() && matches!(shown.get_untracked(), BuiltState::Page(_));
        if adopted_now || previous.as_ref() == Some(&wanted) {
            return wanted;
        }
        // Back to a page seen in this visit: at once, without a request.
        if let Some(page) = api::stored_built_page(&wanted) {
            browser::set_head(lang.tag(), &page.title, &page.description);
            shown.set(BuiltState::Page(page));
            _ = request_animation_frame(|| browser::focus_id(HEADING_ID));
            return wanted;
        }
        shown.set(BuiltState::Loading);
        let target = wanted.clone();
        leptos::task::spawn_local(async move {
            let result = api::load_built_page(&target).await;
            // A later navigation may have overtaken this one.
            if pathname.with_untracked(|p| page_path(p)) != target {
                return;
            }
            shown.set(match result {
                Ok(Some(page)) => {
                    browser::set_head(lang.tag(), &page.title, &page.description);
                    BuiltState::Page(page)
                }
                Ok(None) => BuiltState::NotFound,
                Err(e) => {
                    leptos::logging::warn!("{e}");
                    BuiltState::Failed
                }
            });
            _ = request_animation_frame(|| browser::focus_id(HEADING_ID));
        });
        wanted
    });
    // The parts that name what config.json says, as the live file says it,
    // whenever the page or the file changes.
    Effect::new(move |_| {
        shown.track();
        let values = site.config.with(|c| live::values(c.as_ref()));
        // Next frame: the page's HTML is in the document by then.
        _ = request_animation_frame(move || {
            let values = values
                .each_ref()
                .map(|(key, value)| (*key, value.as_deref()));
            browser::show_live_parts(CONTENT_ID, &values)
        });
    });
    move || match shown.get() {
        BuiltState::Page(page) => {
            view! { <div id=CONTENT_ID class="built-page" inner_html=page.html></div> }.into_any()
        }
        BuiltState::NotFound => NotFoundPage().into_any(),
        BuiltState::Loading => view! { <Loading lang /> }.into_any(),
        BuiltState::Failed => view! { <LoadFailed lang /> }.into_any(),
    }
}

/// Fetches a built page ahead (`pages/ahead.rs`), so that following the link
/// shows it at once, with no "Loading…" moment.
#[cfg(feature = "hydrate")]
pub fn fetch_ahead(path: String) {
    if !crate::built_page::is_built(&path) || api::stored_built_page(&path).is_some() {
        return;
    }
    // Not on Leptos's task runner: the visitor may point before the app has started.
    wasm_bindgen_futures::spawn_local(async move {
        _ = api::load_built_page(&path).await;
    });
}

/// The page's HTML when this document was built for it: given by the
/// prerenderer, or read from the page the browser is adopting (only while
/// it adopts: later, another page is on screen).
fn adopted(path: &str, started: bool) -> Option<BuiltPage> {
    if let Some(page) = use_context::<BuiltPage>() {
        return Some(page);
    }
    if started || browser::page_rendered_for().as_deref() != Some(path) {
        return None;
    }
    browser::element_inner_html(CONTENT_ID).map(|html| BuiltPage {
        html,
        ..BuiltPage::default()
    })
}

/// Whether two built pages are shown by the same route: the same page, or
/// two posts of one edition.
fn same_route(a: &str, b: &str) -> bool {
    a == b || (posts::is_post(a) && posts::is_post(b) && routes::lang_of(a) == routes::lang_of(b))
}
