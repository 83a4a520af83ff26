//! The app: routes and the layout every page shares.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::{
    api, browser,
    components::{
        layout::{SiteFooter, SiteHeader, SkipLink},
        page::HEADING_ID,
    },
    config::{self, SiteConfig},
    content::directors::{self, Director},
    initial,
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
    /// The deploy-time settings: first those embedded at build time, then
    /// the live `config.json` (or why it could not be read).
    pub config: RwSignal<Option<SiteConfig>>,
    /// True once the live `config.json` has been read (or failed to be):
    /// only then is it certain whether the form can be sent.
    pub config_is_live: RwSignal<bool>,
    /// Director profiles; `None` until known.
    pub directors: RwSignal<Option<Vec<Director>>>,
    /// True once the live `directors.json` has been read: once per visit is enough.
    pub directors_is_live: RwSignal<bool>,
    /// False in the prerendered HTML and until the app has adopted it.
    pub started: RwSignal<bool>,
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
    // Leaked once: the base never changes and is read by every link.
    let base: &'static str = config::base_path().leak();
    let embedded = initial::load();
    let site = Site {
        base,
        config: RwSignal::new(embedded.config.map(config::from_value)),
        config_is_live: RwSignal::new(false),
        directors_is_live: RwSignal::new(false),
        started: RwSignal::new(false),
        directors: RwSignal::new(
            embedded
                .directors
                .map(|d| directors::from_value(d).unwrap_or_default()),
        ),
    };
    provide_context(site);
    // Effects run only in the browser, after the page has been adopted:
    // read the live config once, so the join page is ready when the member gets there.
    Effect::new(move |_| {
        site.started.set(true);
        browser::mark_started();
        leptos::task::spawn_local(async move {
            site.config.set(Some(api::load_config().await));
            site.config_is_live.set(true);
        })
    });

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
            request_animation_frame(|| browser::focus_id(HEADING_ID));
        }
        path
    });
}
