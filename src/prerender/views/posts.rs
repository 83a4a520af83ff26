//! "Our work" (the list), one post, and the home page's latest posts.

use jiff::Timestamp;
use leptos::prelude::*;

use super::{display_date, BuiltFrame};
use crate::{
    config, content,
    lang::Lang,
    posts,
    prerender::{
        calendar,
        event_data::json_ld,
        events::Event,
        posts::{listed, Post, PostSummary, LATEST_ON_HOME},
    },
    routes,
    site::use_site,
};

/// Every published post of one edition: upcoming events first, then the
/// rest newest first; and how to subscribe to the edition's events.
#[component]
pub fn WorkList(posts: Vec<PostSummary>, lang: Lang, now: Timestamp) -> impl IntoView {
    let site = use_site();
    let copy = content::work(lang);
    let feed = calendar::feed_path(lang);
    // The address to copy, where the build knows it; else the link gives it.
    let address = config::absolute_url(feed).map(|url| view! { " " <code>{url}</code> });
    view! {
        <BuiltFrame heading=routes::Page::Work.meta(lang).heading.to_string()>
            <p class="lead">{copy.intro}</p>
            <PostList posts=listed(&posts, now) lang heading_level=2 now />
            <section class="calendar-feed" aria-labelledby="calendar-heading">
                <h2 id="calendar-heading">{copy.calendar_heading}</h2>
                <p>
                    {copy.calendar_text} " "
                    <a href=site.href(feed) type="text/calendar">{copy.calendar_link}</a>
                    {address}
                </p>
            </section>
        </BuiltFrame>
    }
}

/// One post: title, date, topics and its Markdown as HTML; for an event,
/// when and where, its links, and its data for search engines.
#[component]
pub fn PostArticle(post: Post, now: Timestamp) -> impl IntoView {
    let site = use_site();
    let s = post.summary;
    let lang = s.lang;
    let copy = content::work(lang);
    let data = json_ld(&s, config::absolute_url("/").as_deref())
        .map(|data| view! { <script type="application/ld+json" inner_html=data></script> });
    let event = s.event.clone().map(|event| {
        let link = event.link.clone().map(|href| {
            view! { <p class="event-link"><a href=href>{copy.event_link}</a></p> }
        });
        let ended = event
            .is_over(now)
            .then(|| view! { <p class="event-ended">{copy.ended_note}</p> });
        view! {
            {ended}
            <dl class="event-facts">
                <dt>{copy.event_when_label}</dt>
                <dd><EventTime event=event.clone() lang /></dd>
                <dt>{copy.event_place_label}</dt>
                <dd>{event.place}</dd>
            </dl>
            {link}
            <p class="event-calendar">
                <a href=site.href(&calendar::event_path(&s.slug, lang)) type="text/calendar">
                    {copy.add_to_calendar}
                </a>
            </p>
            {data}
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

/// When an event happens, in words, with its start for machines.
#[component]
fn EventTime(event: Event, lang: Lang) -> impl IntoView {
    view! { <time datetime=event.start_attribute()>{event.when(lang)}</time> }
}

/// The home page's section of an edition's upcoming events and newest posts.
#[component]
pub fn LatestSection(posts: Vec<PostSummary>, lang: Lang, now: Timestamp) -> impl IntoView {
    let site = use_site();
    let copy = content::work(lang);
    let latest: Vec<_> = listed(&posts, now)
        .into_iter()
        .take(LATEST_ON_HOME)
        .collect();
    view! {
        <section class="wrap latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{copy.latest_heading}</h2>
            <PostList posts=latest lang heading_level=3 now />
            <p><a href=site.href(routes::Page::Work.path(lang))>{copy.all_posts}</a></p>
        </section>
    }
}

/// `heading_level` is that of each post's title: 2 on "Our work", 3 under
/// the home page's own heading for the section. `posts` are in the order
/// shown; an event says whether it is still to come as of `now`.
#[component]
fn PostList(
    posts: Vec<PostSummary>,
    lang: Lang,
    heading_level: u8,
    now: Timestamp,
) -> impl IntoView {
    let site = use_site();
    let copy = content::work(lang);
    let items = posts
        .into_iter()
        .map(|post| {
            // An upcoming event carries its end and the words for "past", so
            // the app can mark it past by the visitor's clock (`browser::mark_ended_events`).
            let event = post.event.map(|event| {
                let status = if event.is_over(now) {
                    view! { <strong class="event-status">{copy.past_label}</strong> }.into_any()
                } else {
                    let ends = event.ends().to_string();
                    view! {
                        <strong class="event-status" data-ends=ends data-past=copy.past_label>
                            {copy.upcoming_label}
                        </strong>
                    }
                    .into_any()
                };
                view! {
                    <p class="event-when">
                        {status} " " <EventTime event=event.clone() lang /> ", " {event.place}
                    </p>
                }
            });
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
                    {event}
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
