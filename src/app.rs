//! The app: the router (in-place navigation) and the layout every page shares. Site-wide state is
//! in `site.rs`, so pages never import this file.

use leptos::prelude::*;
use leptos_router::{
    components::Router,
    hooks::use_location,
    location::{BrowserUrl, LocationProvider},
};

use crate::{
    browser,
    components::{
        layout::{SiteFooter, SiteHeader, SkipLink},
        page::HEADING_ID,
    },
    pages::shown::ShownPage,
    site::{provide_edition, provide_site},
};

#[component]
pub fn App() -> impl IntoView {
    let base = provide_site().base;

    view! {
        <Router base=base>
            <Edition>
                <SkipLink />
                <SiteHeader />
                <main id="main" tabindex="-1">
                    <AfterNavigation />
                    // No route table: every address, the home page's included, is looked up in
                    // the table of pages (`pages/shown.rs`), in either edition. One view for all,
                    // so the view on its way out never renders the next page too, and the wasm
                    // carries none of the router's route matching.
                    <ShownPage />
                </main>
                <SiteFooter />
            </Edition>
        </Router>
    }
}

/// Everything inside reads the visit's edition (`site::page_lang`); it needs
/// the router's address, so it is set up inside the router.
/// (Typed children: boxed ones would make the whole frame a type-erased view,
/// 3 KiB more wasm.)
#[component]
fn Edition<V: IntoView + 'static>(children: TypedChildren<V>) -> impl IntoView {
    provide_edition();
    children.into_inner()()
}

/// After an in-app navigation, once the new page is shown: tells the router
/// so (it then puts the address in the address bar and scrolls, which its
/// route table would otherwise do), and moves focus to the new page's heading
/// so screen-reader users hear that the page changed. Not on first load:
/// there the browser's own page-load announcement already does that.
#[component]
fn AfterNavigation() -> impl IntoView {
    let location = use_location();
    let router = use_context::<BrowserUrl>();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            if let Some(router) = &router {
                router.ready_to_complete();
            }
            _ = request_animation_frame(|| browser::focus_id(HEADING_ID));
        }
        path
    });
}
