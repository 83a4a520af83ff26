//! The browser calls of the views and of start-up, each with a native
//! stand-in where the crate's host build (the prerenderer, the unit tests)
//! calls it too. A few modules make their own calls, next to the logic they
//! serve: `join/client.rs` (sending), `join/draft.rs` (localStorage),
//! `api.rs` (reading the data files) and `json/` (the browser's JSON).
//!
//! One gate, the target: `web.rs` is the browser's half of each call,
//! `native.rs` the stand-ins the host build (the prerenderer, the unit tests)
//! gets, side by side with the same names, so the views never name a gate.

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// How long a plain send counts as under way: after that (the member
/// stopped it, say) a new click may send again, with the same submission id.
/// The loader (`prerender/loader.js`) is given the same figure.
pub const PLAIN_SEND_GUARD_MS: u64 = 20_000;
