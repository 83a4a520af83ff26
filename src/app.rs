//! The app: the router (in-place navigation) and the layout every page shares. Site-wide state is
//! in `site.rs`, so pages never import this file.

use leptos::prelude::*;
use leptos_router::{
    components::Router,
    hooks::use_location,
    location::{BrowserUrl, LocationProvider},
};

use crate::{
    components::layout::{SiteFooter, SiteHeader, SkipLink},
    pages::current::CurrentPage,
    site::{provide_address, provide_site},
};

#[component]
pub fn App() -> impl IntoView {
    let base = provide_site().base;

    view! {
        <Router base=base>
            <WithAddress>
                <SkipLink />
                <SiteHeader />
                <main id="main" tabindex="-1">
                    <AfterNavigation />
                    // No route table: the address picks the page (`pages/current.rs`).
                    <CurrentPage />
                </main>
                <SiteFooter />
            </WithAddress>
        </Router>
    }
}

/// Everything inside reads the address and the visit's edition
/// (`site::use_address`, `site::page_lang`); they need the router's
/// location, so they are set up inside the router.
/// (Typed children: boxed ones would make the whole frame a type-erased view,
/// 3 KiB more wasm.)
#[component]
fn WithAddress<V: IntoView + 'static>(children: TypedChildren<V>) -> impl IntoView {
    provide_address();
    children.into_inner()()
}

/// After an in-app navigation to another path: tells the router that the
/// new page is shown, so it puts the address in the address bar and
/// scrolls, which its route table would otherwise do. (Focus and the head
/// follow the page itself: `components::page::page_shown`.)
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
        }
        path
    });
}
