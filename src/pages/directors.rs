//! The directors page. The profiles are read live from `directors.json`, so
//! ITPO can change its board without a rebuild; the page's code (the
//! profiles, their reading and fetching) is a wasm chunk of its own
//! (`pages/chunk.rs`), since only this page needs it.

use leptos::prelude::*;

use super::arriving::arriving;
use crate::{
    api,
    components::page::{Motto, PageFrame},
    content, data,
    directors::{in_lang, Director},
    lang::Lang,
    routes,
    site::{page_lang, use_site},
};

#[component]
pub fn DirectorsPage() -> impl IntoView {
    // Starts from the profiles embedded at build time (so the first render
    // equals the prerendered HTML), then shows the live file's; a missing or
    // broken file reads as "no profiles yet".
    let lang = page_lang();
    let copy = content::pages(lang);
    let embedded = data::embedded_directors();
    let live = arriving(api::load_directors());
    // Compared, so that a live file equal to the embedded one changes nothing on screen.
    let directors = Memo::new(move |_| live.get().or_else(|| embedded.clone()));
    view! {
        <div class="wrap prose">
            <PageFrame meta=routes::Page::Directors.meta(lang) lang>
                <Motto lang />
                <p class="lead">{copy.directors_intro}</p>
                <div aria-live="polite" aria-busy=move || directors.with(Option::is_none).to_string()>
                    {move || match directors.get() {
                        None => ().into_any(),
                        Some(list) if list.is_empty() => view! { <p>{copy.directors_none}</p> }.into_any(),
                        Some(list) => view! {
                            <ul class="directors">
                                {list.into_iter().map(|d| view! { <DirectorCard director=d lang /> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                    }}
                </div>
            </PageFrame>
        </div>
    }
}

/// One profile. On French pages, the French role, bio and photo description
/// when `directors.json` gives them; otherwise the English, marked as such.
#[component]
fn DirectorCard(director: Director, lang: Lang) -> impl IntoView {
    let site = use_site();
    let (role, role_lang) = in_lang(lang, &director.role, director.role_fr.as_deref());
    let (bio, bio_lang) = in_lang(lang, &director.bio, director.bio_fr.as_deref());
    let (alt, alt_lang) = match &director.photo_alt {
        Some(alt) => in_lang(lang, alt, director.photo_alt_fr.as_deref()),
        None => (director.name.clone(), None),
    };
    let photo = director.photo.map(|src| {
        let src = site.href(&format!("/{}", src.trim_start_matches('/')));
        view! { <img class="director-photo" src=src alt=alt lang=alt_lang width="160" height="160" loading="lazy" /> }
    });
    view! {
        <li class="director">
            {photo}
            <div>
                <h2 class="director-name">{director.name}</h2>
                <p class="director-role" lang=role_lang>{role}</p>
                <p lang=bio_lang>{bio}</p>
            </div>
        </li>
    }
}

/// The directors page wherever it is shown (`pages/chunk.rs`).
#[component]
pub fn ChunkedDirectorsPage() -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    return DirectorsPage().into_any();
    #[cfg(feature = "hydrate")]
    CHUNK.page()
}

/// The split point: this function, and all the code only it reaches, is the
/// chunk `split_directors_page.wasm`.
#[cfg(feature = "hydrate")]
#[wasm_split_helpers::wasm_split(directors_page, fallible)]
fn directors_page_view() -> Result<super::chunk::PageView, wasm_split_helpers::SplitLoaderError> {
    Ok(|| DirectorsPage().into_any())
}

#[cfg(feature = "hydrate")]
pub static CHUNK: super::chunk::Chunk =
    super::chunk::Chunk::new(|| Box::pin(directors_page_view()));
