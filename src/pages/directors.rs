use leptos::prelude::*;

use crate::{
    api,
    components::page::{Motto, Page},
    content::{
        self,
        directors::{in_lang, Director},
    },
    lang::Lang,
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
                                {list.into_iter().map(|d| view! { <DirectorCard director=d lang /> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                    }}
                </div>
            </Page>
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
