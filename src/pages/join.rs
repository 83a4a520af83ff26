//! The join page. Its code (the form and all the join logic) is the
//! largest part of the app and only this page needs it, so the browser build
//! carries it in a wasm chunk of its own (`pages/chunk.rs`).

use leptos::prelude::*;

use crate::{
    components::{
        join_form::JoinForm,
        page::{Items, PageFrame, Paragraphs},
    },
    content,
    own_task::in_own_task,
    routes,
    site::page_lang,
};

#[component]
pub fn JoinPage() -> impl IntoView {
    let lang = page_lang();
    let copy = content::pages(lang);
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::Join.meta(lang) lang>
                <section aria-labelledby="join-who">
                    <h2 id="join-who">{copy.join_who_heading}</h2>
                    <ul><Items texts=copy.join_who /></ul>
                </section>
                <section aria-labelledby="join-why">
                    <h2 id="join-why">{copy.join_why_heading}</h2>
                    <Paragraphs texts=copy.join_why />
                </section>
                {in_own_task("join-form-root", move || view! { <JoinForm lang /> })}
            </PageFrame>
        </div>
    }
}

/// The join page wherever it is shown (`pages/chunk.rs`).
#[component]
pub fn ChunkedJoinPage() -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    return JoinPage().into_any();
    #[cfg(feature = "hydrate")]
    CHUNK.page()
}

/// The split point: this function, and all the code only it reaches, is the
/// chunk `split_join_page.wasm`.
#[cfg(feature = "hydrate")]
#[wasm_split_helpers::wasm_split(join_page, fallible)]
fn join_page_view() -> Result<super::chunk::PageView, wasm_split_helpers::SplitLoaderError> {
    Ok(|| JoinPage().into_any())
}

#[cfg(feature = "hydrate")]
pub static CHUNK: super::chunk::Chunk = super::chunk::Chunk::new(|| Box::pin(join_page_view()));
