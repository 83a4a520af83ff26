//! Which page an address shows. The router has one route for every
//! address (`app.rs`); this view looks the address up in the table of pages
//! (`routes.rs`), so the two cannot drift apart, and both editions share
//! one set of page views instead of a route each: less wasm per page.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{
    built::BuiltPageView, directors::DirectorsShown, join::JoinShown, not_found::NotFoundPage,
};
use crate::{
    browser,
    lang::Lang,
    posts,
    routes::{self, AppPage, Made, Page},
    site::{page_lang, use_site},
    start,
};

/// What is on screen; a new value makes a new page view. Two posts of one
/// edition are one value: the built page view follows from one to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Page(Page, Lang),
    Post(Lang),
    NotFound,
}

impl Shown {
    fn lang(self) -> Option<Lang> {
        match self {
            Shown::Page(_, lang) | Shown::Post(lang) => Some(lang),
            Shown::NotFound => None,
        }
    }
}

fn shown_at(page: Option<&str>) -> Shown {
    match page {
        Some(path) => match routes::find(path) {
            Some(p) => Shown::Page(p, routes::lang_of(path)),
            None if posts::is_post(path) => Shown::Post(routes::lang_of(path)),
            None => Shown::NotFound,
        },
        None => Shown::NotFound,
    }
}

#[component]
pub fn ShownPage() -> impl IntoView {
    // The edition of the frame around the page, fixed for the visit.
    let frame = page_lang();
    let base = use_site().base;
    let location = use_location();
    let pathname = location.pathname;
    let shown =
        Memo::new(move |_| pathname.with(|p| shown_at(start::landing(p, base).page.as_deref())));
    move || match shown.get() {
        // A link into the other edition that was followed in place (one written in a post,
        // say): that edition arrives as its own page, with its own frame and head.
        other if other.lang().is_some_and(|lang| lang != frame) => {
            let [path, search, hash] =
                [location.pathname, location.search, location.hash].map(|s| s.get_untracked());
            browser::load(&address(&path, &search, &hash));
            ().into_any()
        }
        Shown::Page(id, _) => match id.made() {
            Made::App(AppPage::Join) => JoinShown().into_any(),
            Made::App(AppPage::Directors) => DirectorsShown().into_any(),
            Made::Built => BuiltPageView().into_any(),
        },
        Shown::Post(_) => BuiltPageView().into_any(),
        Shown::NotFound => NotFoundPage().into_any(),
    }
}

/// The router's address parts as one URL path (the query without its `?`,
/// the fragment with or without its `#`).
fn address(path: &str, search: &str, hash: &str) -> String {
    let mut out = path.to_string();
    if !search.is_empty() {
        out = format!("{out}?{search}");
    }
    if !hash.is_empty() {
        out = format!("{out}#{}", hash.trim_start_matches('#'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_of_both_editions_has_its_own_view() {
        for lang in Lang::ALL {
            for p in routes::ALL.iter() {
                assert_eq!(shown_at(Some(p.path(lang))), Shown::Page(*p, lang));
            }
        }
        assert_eq!(shown_at(Some("/work/a/")), Shown::Post(Lang::En));
        assert_eq!(
            shown_at(Some("/fr/nos-activites/a/")),
            Shown::Post(Lang::Fr)
        );
        assert_eq!(shown_at(None), Shown::NotFound);
    }

    #[test]
    fn the_address_handed_over_keeps_its_query_and_fragment() {
        assert_eq!(address("/itpo/mission/", "", ""), "/itpo/mission/");
        assert_eq!(address("/join/", "ref=a", "#top"), "/join/?ref=a#top");
        assert_eq!(address("/join/", "", "top"), "/join/#top");
    }
}
