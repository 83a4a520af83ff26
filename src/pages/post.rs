use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::not_found::NotFoundPage;
use crate::{
    api, browser,
    components::{page::HEADING_ID, post_list::PostTags},
    content::{document_title, work as copy},
    posts::{self, PostBody, PostSummary},
    routes,
    site::use_site,
};

/// One post. Its title, date and topics come from the index every page
/// carries; its HTML is adopted from the prerendered page, or fetched as a
/// small file after an in-place navigation.
#[component]
pub fn PostPage() -> impl IntoView {
    let site = use_site();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    move || {
        let slug = slug();
        match site
            .posts
            .with_value(|all| all.iter().find(|p| p.slug == slug).cloned())
        {
            Some(post) => view! { <PostView post /> }.into_any(),
            None => NotFoundPage().into_any(),
        }
    }
}

#[component]
fn PostView(post: PostSummary) -> impl IntoView {
    let site = use_site();
    // Only while the app adopts the page: later, another post may be on screen.
    let html = RwSignal::new(if site.started.get_untracked() {
        None
    } else {
        adopted_body(&post.slug)
    });
    let failed = RwSignal::new(false);
    if html.with_untracked(Option::is_none) {
        let slug = post.slug.clone();
        leptos::task::spawn_local(async move {
            match api::load_post(&slug).await {
                Ok(body) => html.set(Some(body.html)),
                Err(e) => {
                    leptos::logging::warn!("{e}");
                    failed.set(true);
                }
            }
        });
    }
    let title = document_title(&post.title);
    let description = post.summary.clone();
    Effect::new(move |_| browser::set_head(&title, &description));
    view! {
        <div class="wrap prose">
            <article class="post" lang=post.lang.clone()>
                <h1 id=HEADING_ID tabindex="-1">{post.title.clone()}</h1>
                <p class="post-meta">
                    {copy::PUBLISHED} " "
                    <time datetime=post.date.clone()>{posts::display_date(&post.date)}</time>
                </p>
                <PostTags tags=post.tags.clone() />
                <div aria-live="polite" aria-busy=move || html.with(Option::is_none).to_string()>
                    {move || match html.get() {
                        Some(html) => view! { <div id=posts::BODY_ID class="post-body" inner_html=html></div> }.into_any(),
                        None if failed.get() => view! { <p class="notice notice-error">{copy::LOAD_FAILED}</p> }.into_any(),
                        None => view! { <p class="loading">{copy::LOADING}</p> }.into_any(),
                    }}
                </div>
            </article>
            <p><a href=site.href(routes::WORK.path)>{copy::BACK_TO_LIST}</a></p>
        </div>
    }
}

/// The post's HTML when this page was prerendered for it: given by the
/// prerenderer, or read from the page the browser is adopting.
fn adopted_body(slug: &str) -> Option<String> {
    if let Some(body) = use_context::<PostBody>() {
        return (body.slug == slug).then_some(body.html);
    }
    let rendered_for = browser::page_rendered_for()?;
    (rendered_for == posts::path(slug))
        .then(|| browser::element_inner_html(posts::BODY_ID))
        .flatten()
}
