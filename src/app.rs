//! The app: routes and the layout every page shares.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::{
    api,
    components::layout::{SiteFooter, SiteHeader, SkipLink},
    config::{self, SiteConfig},
    pages::{
        directors::DirectorsPage, home::HomePage, join::JoinPage, mission::MissionPage,
        not_found::NotFoundPage, privacy::PrivacyPage, story::StoryPage,
    },
};

/// Shared, read-only site state, provided as context.
#[derive(Clone, Copy)]
pub struct Site {
    /// `""` at the root, `"/some/path"` under a sub-path.
    pub base: &'static str,
    /// `None` until `config.json` has been read (or failed to be).
    pub config: RwSignal<Option<SiteConfig>>,
}

impl Site {
    pub fn href(&self, path: &str) -> String {
        crate::routes::href(self.base, path)
    }
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Leaked once: the base never changes and is read by every link.
    let base: &'static str = config::base_path().leak();
    let site = Site {
        base,
        config: RwSignal::new(None),
    };
    provide_context(site);
    // Read once at start so the join page is ready when the member gets there.
    leptos::task::spawn_local(async move { site.config.set(Some(api::load_config().await)) });

    view! {
        <Router base=base>
            <SkipLink />
            <SiteHeader />
            <main id="main" tabindex="-1">
                <FocusOnNavigate />
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/story") view=StoryPage />
                    <Route path=path!("/mission") view=MissionPage />
                    <Route path=path!("/directors") view=DirectorsPage />
                    <Route path=path!("/join") view=JoinPage />
                    <Route path=path!("/privacy") view=PrivacyPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// After an in-app navigation, moves focus to the new page's heading so
/// screen-reader users hear that the page changed. Not on first load: there
/// the browser's own page-load announcement already does that.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(|| {
                let heading = document()
                    .query_selector("main h1")
                    .ok()
                    .flatten()
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
                if let Some(h) = heading {
                    let _ = h.focus();
                }
            });
        }
        path
    });
}
