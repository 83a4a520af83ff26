//! Which page an address shows. The app has no route table: the address,
//! worked out once (`site::use_address`), picks the view, so both editions
//! share one set of page views and the wasm carries none of the router's
//! route matching.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{
    built::{BuiltPageView, BuiltPageViewProps},
    directors::ChunkedDirectorsPage,
    join::ChunkedJoinPage,
    not_found::NotFoundPage,
};
use crate::{
    browser,
    routes::{AppPage, Made},
    site::{page_lang, use_address},
};

#[component]
pub fn CurrentPage() -> impl IntoView {
    // The edition of the frame around the page, fixed for the visit.
    let frame = page_lang();
    let address = use_address();
    let location = use_location();
    // A new address, a new view: the view on its way out never sees the next page's.
    move || {
        let address = address.get();
        match address.made() {
            None => NotFoundPage().into_any(),
            // A link into the other edition that was followed in place (one written in a
            // post, say): that edition arrives as its own page, with its own frame and head.
            Some(_) if address.lang() != frame => {
                let [path, search, hash] =
                    [location.pathname, location.search, location.hash].map(|s| s.get_untracked());
                browser::load(&url(&path, &search, &hash));
                ().into_any()
            }
            Some(Made::App(AppPage::Join)) => ChunkedJoinPage().into_any(),
            Some(Made::App(AppPage::Directors)) => ChunkedDirectorsPage().into_any(),
            Some(Made::Built) => BuiltPageView(BuiltPageViewProps { address }).into_any(),
        }
    }
}

/// The router's address parts as one URL path (the query without its `?`,
/// the fragment with or without its `#`).
fn url(path: &str, search: &str, hash: &str) -> String {
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
    fn the_url_handed_over_keeps_its_query_and_fragment() {
        assert_eq!(url("/itpo/mission/", "", ""), "/itpo/mission/");
        assert_eq!(url("/join/", "ref=a", "#top"), "/join/?ref=a#top");
        assert_eq!(url("/join/", "", "top"), "/join/#top");
    }
}
