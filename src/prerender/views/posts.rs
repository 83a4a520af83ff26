//! "Our work" (the list), one post, and the home page's latest posts.

use leptos::prelude::*;

use super::{display_date, BuiltFrame};
use crate::{
    content,
    lang::Lang,
    posts,
    prerender::posts::{Post, PostSummary, LATEST_ON_HOME},
    routes,
    site::use_site,
};

/// Every published post of one edition, newest first.
#[component]
pub fn WorkList(posts: Vec<PostSummary>, lang: Lang) -> impl IntoView {
    view! {
        <BuiltFrame heading=routes::Page::Work.meta(lang).heading.to_string()>
            <p class="lead">{content::work(lang).intro}</p>
            <PostList posts lang heading_level=2 />
        </BuiltFrame>
    }
}

/// One post: title, date, topics and its Markdown as HTML.
#[component]
pub fn PostArticle(post: Post) -> impl IntoView {
    let site = use_site();
    let s = post.summary;
    let lang = s.lang;
    let copy = content::work(lang);
    let event = post.event.map(|event| {
        let link = event.link.clone().map(|href| {
            view! { <p class="event-link"><a href=href>{copy.event_link}</a></p> }
        });
        view! {
            <dl class="event-facts">
                <dt>{copy.event_when_label}</dt>
                <dd><time datetime=event.start_attribute()>{event.when(lang)}</time></dd>
                <dt>{copy.event_place_label}</dt>
                <dd>{event.place}</dd>
            </dl>
            {link}
        }
    });
    view! {
        <BuiltFrame heading=s.title.clone()>
            <article class="post" lang=s.lang.code()>
                <p class="post-meta">
                    {copy.published} " "
                    <time datetime=s.date.clone()>{display_date(&s.date, lang)}</time>
                </p>
                {event}
                <PostTags tags=s.tags lang />
                <div class="post-body" inner_html=post.html></div>
            </article>
            <p><a href=site.href(routes::Page::Work.path(lang))>{copy.back_to_list}</a></p>
        </BuiltFrame>
    }
}

/// The home page's section of an edition's newest posts.
#[component]
pub fn LatestSection(posts: Vec<PostSummary>, lang: Lang) -> impl IntoView {
    let site = use_site();
    let copy = content::work(lang);
    let latest: Vec<_> = posts.into_iter().take(LATEST_ON_HOME).collect();
    view! {
        <section class="wrap latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{copy.latest_heading}</h2>
            <PostList posts=latest lang heading_level=3 />
            <p><a href=site.href(routes::Page::Work.path(lang))>{copy.all_posts}</a></p>
        </section>
    }
}

/// `heading_level` is that of each post's title: 2 on "Our work", 3 under
/// the home page's own heading for the section.
#[component]
fn PostList(posts: Vec<PostSummary>, lang: Lang, heading_level: u8) -> impl IntoView {
    let site = use_site();
    let items = posts
        .into_iter()
        .map(|post| {
            let href = site.href(&posts::path(&post.slug, lang));
            let title = view! { <a href=href>{post.title}</a> };
            let heading = if heading_level == 2 {
                view! { <h2 class="post-title">{title}</h2> }.into_any()
            } else {
                view! { <h3 class="post-title">{title}</h3> }.into_any()
            };
            view! {
                <li class="post-item">
                    {heading}
                    <p class="post-meta">
                        <time datetime=post.date.clone()>{display_date(&post.date, lang)}</time>
                    </p>
                    <p>{post.summary}</p>
                    <PostTags tags=post.tags lang />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="post-list">{items}</ul> }
}

/// A post's topics, or nothing when it has none.
#[component]
fn PostTags(tags: Vec<String>, lang: Lang) -> impl IntoView {
    (!tags.is_empty()).then(|| {
        view! {
            <p class="post-tags">
                {content::work(lang).tags_label} " "
                {tags.into_iter().map(|t| view! { <span class="tag">{t}</span> " " }).collect_view()}
            </p>
        }
    })
}
