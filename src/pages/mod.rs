//! One file per page the app renders itself (directors, join, not found);
//! `built` shows every page made at build time (`built_page.rs`), and
//! `shown` picks the page an address shows.

// Fetching ahead on a link's intent: a browser matter only.
#[cfg(feature = "hydrate")]
pub mod ahead;
pub mod built;
pub mod directors;
pub mod join;
pub mod not_found;
pub mod shown;
