//! What a page needs, fetched a moment before the visitor follows a link to
//! it: when they point at, touch or tab to the link. A page's wasm chunk
//! (the join and directors pages) or a built page's HTML arrive that way before the click,
//! so in-place navigation shows the page at once instead of "Loading…".

use super::{built, chunk_of};
use crate::{browser, start};

/// Listens for the whole visit (browser build only).
pub fn fetch_on_intent(base: &'static str) {
    browser::on_link_intent(move |pathname| {
        let Some(page) = start::landing(pathname, base).page else {
            return;
        };
        if let Some(app_page) = crate::routes::app_page(&page) {
            chunk_of(app_page).fetch_ahead();
        } else if start::landing(&browser::pathname(), base).page.as_ref() != Some(&page) {
            // (Not the page on screen: it is there already.)
            built::fetch_ahead(page);
        }
    });
}
