use leptos::prelude::*;

use crate::{
    api,
    components::page::{Motto, Page},
    content::{self, directors::Director},
    routes,
    site::{page_lang, use_site},
};

#[component]
pub fn DirectorsPage() -> impl IntoView {
    // Starts from the profiles embedded at build time, then refreshes from the
    // live file; a missing or broken file reads as "no profiles yet".
    let site = use_site();
    let lang = page_lang();
    let copy = content::pages(lang);
    let directors = site.directors;
    Effect::new(move |_| {
        if site.directors_is_live.get_untracked() {
            return;
        }
        site.directors_is_live.set(true);
        leptos::task::spawn_local(async move {
            let list = api::load_directors().await.unwrap_or_else(|e| {
                leptos::logging::warn!("{e}");
                Vec::new()
            });
            if directors.with_untracked(|d| d.as_ref() != Some(&list)) {
                directors.set(Some(list));
            }
        })
    });
    view! {
        <div class="wrap prose">
            <Page meta=routes::DIRECTORS.meta(lang) lang>
                <Motto lang />
                <p class="lead">{copy.directors_intro}</p>
                <div aria-live="polite" aria-busy=move || directors.with(Option::is_none).to_string()>
                    {move || match directors.get() {
                        None => ().into_any(),
                        Some(list) if list.is_empty() => view! { <p>{copy.directors_none}</p> }.into_any(),
                        Some(list) => view! {
                            <ul class="directors">
                                {list.into_iter().map(|d| view! { <DirectorCard director=d /> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                    }}
                </div>
            </Page>
        </div>
    }
}

#[component]
fn DirectorCard(director: Director) -> impl IntoView {
    let site = use_site();
    let alt = director
        .photo_alt
        .clone()
        .unwrap_or_else(|| director.name.clone());
    let photo = director.photo.map(|src| {
        let src = site.href(&format!("/{}", src.trim_start_matches('/')));
        view! { <img class="director-photo" src=src alt=alt width="160" height="160" loading="lazy" /> }
    });
    view! {
        <li class="director">
            {photo}
            <div>
                <h2 class="director-name">{director.name}</h2>
                <p class="director-role">{director.role}</p>
                <p>{director.bio}</p>
            </div>
        </li>
    }
}
