//! Pages whose code is a wasm chunk of its own: the join page (the form and
//! all its logic) and the directors page (the profiles, read live). Only
//! their pages need that code, so every other page loads a smaller app.
//! Each page marks its split point with `wasm_split_helpers::wasm_split`
//! (scripts/build-app.sh splits there): a function that hands back the
//! page's constructor. This file fetches a chunk once, ahead when asked, and
//! shows its page in place, after a short "Loading…" if it is not there yet.
//! On the page itself the loader fetches the chunk beside the app, and
//! `main` waits for it before adopting the page. Browser build only.

use std::{future::Future, pin::Pin, sync::OnceLock};

use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

use super::arriving::arriving;
use crate::{
    components::page::{LoadFailed, Loading},
    site::page_lang,
};

/// A page's constructor, as its chunk hands it back.
pub type PageView = fn() -> AnyView;
/// What a split point returns once its chunk has been fetched (or not).
pub type Arrival = Pin<Box<dyn Future<Output = Result<PageView, SplitLoaderError>>>>;

/// One page's chunk: its split point, and the page's constructor once here.
pub struct Chunk {
    split_point: fn() -> Arrival,
    view: OnceLock<PageView>,
}

impl Chunk {
    pub const fn new(split_point: fn() -> Arrival) -> Chunk {
        Chunk {
            split_point,
            view: OnceLock::new(),
        }
    }

    fn loaded(&self) -> Option<PageView> {
        self.view.get().copied()
    }

    /// Fetches the chunk (once; a failure is retried on the next call).
    pub async fn load(&'static self) -> bool {
        if self.loaded().is_some() {
            return true;
        }
        match (self.split_point)().await {
            Ok(view) => {
                _ = self.view.set(view);
                true
            }
            Err(_) => false,
        }
    }

    /// Fetches the chunk ahead (`pages/ahead.rs`), so that the page is
    /// usually there when the visitor arrives, without "Loading…".
    pub fn fetch_ahead(&'static self) {
        if self.loaded().is_none() {
            // Not on Leptos's task runner: the visitor may point before the app has started.
            wasm_bindgen_futures::spawn_local(async {
                self.load().await;
            });
        }
    }

    /// The page: at once when its code is here (always while the page is
    /// adopted: `main` waits for it), else once its chunk has arrived. The
    /// page, or the failure, then takes focus (`page_shown`).
    pub fn page(&'static self) -> AnyView {
        if let Some(view) = self.loaded() {
            return view();
        }
        let arrived = arriving(self.load());
        let lang = page_lang();
        (move || match (arrived.get(), self.loaded()) {
            (None, _) => view! { <Loading lang /> }.into_any(),
            (Some(_), Some(view)) => view(),
            (Some(_), None) => view! { <LoadFailed lang /> }.into_any(),
        })
        .into_any()
    }
}
