//! The join page. Its code (the form and all the join logic) is the
//! largest part of the app and only this page needs it, so the browser build
//! carries it in a wasm chunk of its own (scripts/build-app.sh splits it
//! here): other pages load a smaller app, and the chunk arrives when the
//! join page is shown. On the join page itself the loader fetches the chunk
//! beside the app, and the app waits for it before adopting the page.

use leptos::prelude::*;

use crate::{
    components::{
        join_form::JoinForm,
        page::{Items, Page, Paragraphs},
    },
    content, routes,
    site::page_lang,
};

#[component]
pub fn JoinPage() -> impl IntoView {
    let lang = page_lang();
    let copy = content::pages(lang);
    view! {
        <div class="wrap prose">
            <Page meta=routes::JOIN.meta(lang) lang>
                <section aria-labelledby="join-who">
                    <h2 id="join-who">{copy.join_who_heading}</h2>
                    <ul><Items texts=copy.join_who /></ul>
                </section>
                <section aria-labelledby="join-why">
                    <h2 id="join-why">{copy.join_why_heading}</h2>
                    <Paragraphs texts=copy.join_why />
                </section>
                <JoinForm lang />
            </Page>
        </div>
    }
}

/// The join page wherever it is shown: at once when its code is there
/// (always while the page is adopted: `main` waits for it), else after a
/// short "loading" while its chunk arrives.
#[component]
pub fn JoinShown() -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    return JoinPage().into_any();
    #[cfg(feature = "hydrate")]
    chunk::shown()
}

/// The split point and the chunk's arrival (browser build only).
#[cfg(feature = "hydrate")]
mod chunk {
    use leptos::prelude::*;

    use super::JoinPage;
    use crate::{
        browser,
        components::page::{LoadFailed, Loading, HEADING_ID},
        site::page_lang,
    };

    /// The split point: this function, and all the code only it reaches, is
    /// the chunk. It hands back the page's constructor, which the app then
    /// calls like any other function.
    #[wasm_split_helpers::wasm_split(join_page, fallible)]
    fn join_page_view() -> Result<fn() -> AnyView, wasm_split_helpers::SplitLoaderError> {
        Ok(|| JoinPage().into_any())
    }

    thread_local! {
        static JOIN_VIEW: std::cell::OnceCell<fn() -> AnyView> = const { std::cell::OnceCell::new() };
    }

    fn loaded() -> Option<fn() -> AnyView> {
        JOIN_VIEW.with(|v| v.get().copied())
    }

    /// Fetches the chunk (once; a failure is retried on the next call).
    pub async fn load() -> bool {
        if loaded().is_some() {
            return true;
        }
        match join_page_view().await {
            Ok(view) => {
                JOIN_VIEW.with(|v| _ = v.set(view));
                true
            }
            Err(_) => false,
        }
    }

    /// Fetches the chunk ahead (`pages/ahead.rs`), so that the form is usually
    /// there when the member arrives, without the "Loading…" moment.
    pub fn fetch_ahead() {
        if loaded().is_none() {
            // Not on Leptos's task runner: the visitor may point before the app has started.
            wasm_bindgen_futures::spawn_local(async {
                load().await;
            });
        }
    }

    pub fn shown() -> AnyView {
        if let Some(view) = loaded() {
            return view();
        }
        let arrived = RwSignal::new(None::<bool>);
        leptos::task::spawn_local(async move {
            let ok = load().await;
            // Unless the visitor has gone on meanwhile (the signal is gone with this view),
            // focus on the page's heading, as after any in-place navigation.
            if arrived.try_set(Some(ok)).is_none() {
                _ = request_animation_frame(|| browser::focus_id(HEADING_ID));
            }
        });
        let lang = page_lang();
        (move || match arrived.get() {
            Some(true) => loaded().map(|view| view()),
            Some(false) => Some(view! { <LoadFailed lang /> }.into_any()),
            None => Some(view! { <Loading lang /> }.into_any()),
        })
        .into_any()
    }
}

#[cfg(feature = "hydrate")]
pub use chunk::{fetch_ahead, load};
