//! What a page needs, fetched a moment before the visitor follows a link to
//! it: when they point at, touch or tab to the link. A page's wasm chunk
//! (the join and directors pages) or a built page's HTML arrive that way before the click,
//! so in-place navigation shows the page at once instead of "Loading…".

use super::{built, chunk_of};
use crate::{browser, routes, start};

/// Listens for the whole visit (browser build only).
pub fn fetch_on_intent(base: &'static str) {
    browser::on_link_intent(move |pathname| {
        // The link's address, worked out once per intent.
        let address = start::landing(pathname, base).address;
        match address.app_page() {
            Some(app_page) => chunk_of(app_page).fetch_ahead(),
            // Not the page on screen (whose address is canonical by now): it is there already.
            None if address
                .path()
                .is_some_and(|path| routes::href(base, &path) != browser::pathname()) =>
            {
                built::fetch_ahead(&address)
            }
            None => {}
        }
    });
}
