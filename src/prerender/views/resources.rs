//! "Where to start": the official bodies from `content/resources.toml`, in
//! one edition. Names are the bodies' own: on French pages their official
//! French name where they have one, else the English, marked; sources stay
//! in English.

use leptos::prelude::*;

use super::{display_date, BuiltFrame};
use crate::{content, lang::Lang, prerender::resources::Resource, routes};

#[component]
pub fn ResourcesList(resources: Vec<Resource>, lang: Lang) -> impl IntoView {
    let copy = content::resources(lang);
    view! {
        <BuiltFrame heading=routes::Page::Resources.meta(lang).heading.to_string()>
            <p class="lead">{copy.intro}</p>
            <div class="notice notice-warning">
                <h2 class="notice-heading">{copy.rules_change_heading}</h2>
                <p>{copy.rules_change}</p>
            </div>
            <ul class="resources">
                {resources.into_iter().map(|r| view! { <ResourceItem resource=r lang /> }).collect_view()}
            </ul>
        </BuiltFrame>
    }
}

#[component]
fn ResourceItem(resource: Resource, lang: Lang) -> impl IntoView {
    let copy = content::resources(lang);
    // The body's own words: marked as English on French pages.
    let english = (lang != Lang::En).then_some(Lang::En.tag());
    // On French pages, the body's official French name and French pages where it has them.
    let (name, is_english) = resource.name_in(lang);
    let (name, name_lang) = (name.to_string(), english.filter(|_| is_english));
    let link = resource.link_in(lang).to_string();
    view! {
        <li class="resource">
            <h2 lang=name_lang>{name}</h2>
            <p>{resource.does[lang].clone()}</p>
            {resource.note.map(|n| view! { <p>{n[lang].clone()}</p> })}
            <p>{copy.visit} " " <a href=link.clone()>{link.clone()}</a></p>
            <p class="resource-source">
                {copy.source} " " <span lang=english>{resource.source}</span> "; " {copy.checked} " "
                <time datetime=resource.checked.clone()>{display_date(&resource.checked, lang)}</time> "."
            </p>
        </li>
    }
}
