use leptos::prelude::*;

use crate::{
    components::page::Page,
    content::{self, pages},
    routes,
    site::use_site,
};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let site = use_site();
    view! {
        <div class="wrap prose">
            <Page meta=pages::NOT_FOUND>
                <p>{pages::NOT_FOUND_TEXT}</p>
                <p>{content::ui::NOT_FOUND_LINKS}</p>
                <ul>
                    {routes::ALL
                        .iter()
                        .map(|p| view! { <li><a href=site.href(p.path)>{p.meta.title}</a></li> })
                        .collect_view()}
                </ul>
            </Page>
        </div>
    }
}
