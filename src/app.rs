//! The app: routes and the layout every page shares. Site-wide state is
//! in `site.rs`, so pages never import this file.

use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::{
    browser,
    components::{
        layout::{SiteFooter, SiteHeader, SkipLink},
        page::HEADING_ID,
    },
    pages::{
        accessibility::AccessibilityPage, built::BuiltPageView, directors::DirectorsPage,
        home::HomePage, join::JoinPage, mission::MissionPage, not_found::NotFoundPage,
        privacy::PrivacyPage, story::StoryPage,
    },
    site::provide_site,
};

#[component]
pub fn App() -> impl IntoView {
    let base = provide_site().base;

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
                    <Route path=path!("/accessibility") view=AccessibilityPage />
                    // Made from content files at build time; the app receives their HTML.
                    <Route path=path!("/resources") view=BuiltPageView />
                    <Route path=path!("/work") view=BuiltPageView />
                    <Route path=path!("/work/:slug") view=BuiltPageView />
                    // The French edition: the same pages (they read their language from the address).
                    <Route path=path!("/fr") view=HomePage />
                    <Route path=path!("/fr/notre-histoire") view=StoryPage />
                    <Route path=path!("/fr/mission") view=MissionPage />
                    <Route path=path!("/fr/conseil") view=DirectorsPage />
                    <Route path=path!("/fr/adhesion") view=JoinPage />
                    <Route path=path!("/fr/confidentialite") view=PrivacyPage />
                    <Route path=path!("/fr/accessibilite") view=AccessibilityPage />
                    <Route path=path!("/fr/par-ou-commencer") view=BuiltPageView />
                    <Route path=path!("/fr/nos-activites") view=BuiltPageView />
                    <Route path=path!("/fr/nos-activites/:slug") view=BuiltPageView />
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
            _ = request_animation_frame(|| browser::focus_id(HEADING_ID));
        }
        path
    });
}
