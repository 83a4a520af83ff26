//! "Where to start": the official bodies from `content/resources.toml`.

use leptos::prelude::*;

use super::{display_date, BuiltFrame};
use crate::{content::resources as copy, prerender::resources::Resource, routes};

#[component]
pub fn ResourcesList(resources: Vec<Resource>) -> impl IntoView {
    view! {
        <BuiltFrame heading=routes::RESOURCES.meta.heading.to_string()>
            <p class="lead">{copy::INTRO}</p>
            <div class="notice notice-warning">
                <h2 class="notice-heading">{copy::RULES_CHANGE_HEADING}</h2>
                <p>{copy::RULES_CHANGE}</p>
            </div>
            <ul class="resources">
                {resources.into_iter().map(|r| view! { <ResourceItem resource=r /> }).collect_view()}
            </ul>
        </BuiltFrame>
    }
}

#[component]
fn ResourceItem(resource: Resource) -> impl IntoView {
    view! {
        <li class="resource">
            <h2>{resource.name}</h2>
            <p>{resource.does}</p>
            {resource.note.map(|n| view! { <p>{n}</p> })}
            <p>{copy::VISIT} " " <a href=resource.link.clone()>{resource.link.clone()}</a></p>
            <p class="resource-source">
                {copy::SOURCE} " " {resource.source} "; " {copy::CHECKED} " "
                <time datetime=resource.checked.clone()>{display_date(&resource.checked)}</time> "."
            </p>
        </li>
    }
}
