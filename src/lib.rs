#![recursion_limit = "256"]
//! The ITPO website: a Leptos single-page app. `app` holds the router and
//! layout, `pages` one file per page, `components` the shared parts,
//! `content` every word of copy, `join` the form's pure logic.

pub mod address;
pub mod api;
pub mod app;
pub mod browser;
pub mod built_page;
pub mod components;
pub mod config;
pub mod content;
pub mod data;
pub mod directors;
pub mod join;
pub mod json;
pub mod lang;
pub mod markup;
pub mod own_task;
pub mod pages;
pub mod posts;
// Build-time code: compiled only into the prerenderer, never into the wasm.
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod routes;
pub mod site;
pub mod start;
