//! A list of posts (title as a link, date, summary, topics), shared by
//! "Our work" and the home page's latest posts.

use leptos::prelude::*;

use crate::{
    content::work as copy,
    posts::{self, PostSummary},
    site::use_site,
};

/// `heading_level` is that of each post's title: 2 on "Our work", 3 under
/// the home page's own heading for the section.
#[component]
pub fn PostList(posts: Vec<PostSummary>, heading_level: u8) -> impl IntoView {
    let site = use_site();
    let items = posts
        .into_iter()
        .map(|post| {
            let href = site.href(&posts::path(&post.slug));
            let title = view! { <a href=href>{post.title}</a> };
            let heading = if heading_level == 2 {
                view! { <h2 class="post-title">{title}</h2> }.into_any()
            } else {
                view! { <h3 class="post-title">{title}</h3> }.into_any()
            };
            view! {
                <li class="post-item" lang=post.lang>
                    {heading}
                    <p class="post-meta">
                        <time datetime=post.date.clone()>{posts::display_date(&post.date)}</time>
                    </p>
                    <p>{post.summary}</p>
                    <PostTags tags=post.tags />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="post-list">{items}</ul> }
}

/// A post's topics, or nothing when it has none.
#[component]
pub fn PostTags(tags: Vec<String>) -> impl IntoView {
    (!tags.is_empty()).then(|| {
        view! {
            <p class="post-tags">
                {copy::TAGS_LABEL} " "
                {tags.into_iter().map(|t| view! { <span class="tag">{t}</span> " " }).collect_view()}
            </p>
        }
    })
}
