//! One file per page the app renders itself (directors, join, not found);
//! `built` shows every page made at build time (`built_page.rs`), `current`
//! picks the page an address shows, `chunk` fetches the code of the pages
//! that have a wasm chunk of their own, and `arriving` holds what a page
//! waits for.

// Fetching ahead on a link's intent, and the chunks: browser matters only.
#[cfg(feature = "hydrate")]
pub mod ahead;
pub mod arriving;
pub mod built;
#[cfg(feature = "hydrate")]
pub mod chunk;
pub mod current;
pub mod directors;
pub mod join;
pub mod not_found;

/// The chunk that holds an app page's code.
#[cfg(feature = "hydrate")]
pub fn chunk_of(page: crate::routes::AppPage) -> &'static chunk::Chunk {
    match page {
        crate::routes::AppPage::Join => &join::CHUNK,
        crate::routes::AppPage::Directors => &directors::CHUNK,
    }
}
