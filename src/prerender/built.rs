//! This build's built pages (`built_page.rs`), in both editions: every page
//! whose content the build fixes, and for each edition with posts, "Our
//! work" and each of its posts, rendered from the build-time views; plus the
//! digest of the posts that every page carries.

use jiff::Timestamp;
use leptos::view;

use super::{
    posts::{Post, PostSummary},
    render::render_fragment,
    resources::Resource,
    views::{
        about::{HomePage, MissionPage, StoryPage},
        posts::{PostArticle, WorkList},
        resources::ResourcesList,
        statements::{AccessibilityPage, PrivacyPage},
        thanks::JoinThanksPage,
    },
};
use crate::{
    address::Address,
    built_page::{BuiltPage, PostsDigest},
    content::{document_title, pages::PageMeta},
    data::DataFiles,
    lang::{Lang, PerLang},
    routes::{self, Page},
};

/// One built page: where it lives, its `<head>` (borrowed from the copy or
/// the post), and its HTML.
pub struct BuiltEntry<'a> {
    pub address: Address,
    pub meta: PageMeta<'a>,
    pub page: BuiltPage,
}

/// `data` needs only the config and directors: the views read the site's base.
/// `now` is the build's time: which events are still to come.
pub fn build<'a>(
    data: &DataFiles,
    posts: &'a [Post],
    resources: &[Resource],
    now: Timestamp,
) -> (Vec<BuiltEntry<'a>>, PostsDigest) {
    let entry = |address: Address, meta: PageMeta<'a>, html: String| BuiltEntry {
        page: BuiltPage {
            title: document_title(meta.title),
            description: meta.description.to_string(),
            html,
        },
        address,
        meta,
    };
    let mut pages = Vec::new();
    let mut counts = PerLang::default();
    for lang in Lang::ALL {
        let own: Vec<&Post> = posts.iter().filter(|p| p.summary.lang == lang).collect();
        counts[lang] = own.len();
        let summaries: Vec<PostSummary> = own.iter().map(|p| p.summary.clone()).collect();
        let fixed =
            |page: Page, html: String| entry(Address::Page(page, lang), *page.meta(lang), html);
        for &page in routes::ALL {
            if page.needs_posts() && own.is_empty() {
                continue;
            }
            let html = match page {
                Page::Home => {
                    let latest = summaries.clone();
                    render_fragment(data, move || view! { <HomePage lang posts=latest now /> })
                }
                Page::Story => render_fragment(data, move || view! { <StoryPage lang /> }),
                Page::Mission => render_fragment(data, move || view! { <MissionPage lang /> }),
                Page::Resources => {
                    let list = resources.to_vec();
                    render_fragment(
                        data,
                        move || view! { <ResourcesList resources=list lang /> },
                    )
                }
                Page::Work => {
                    let posts = summaries.clone();
                    render_fragment(data, move || view! { <WorkList posts lang now /> })
                }
                Page::Privacy => render_fragment(data, move || view! { <PrivacyPage lang /> }),
                Page::Accessibility => {
                    render_fragment(data, move || view! { <AccessibilityPage lang /> })
                }
                Page::JoinThanks => {
                    render_fragment(data, move || view! { <JoinThanksPage lang /> })
                }
                // The app renders these itself (`pages/current.rs`).
                Page::Join | Page::Directors => continue,
            };
            pages.push(fixed(page, html));
        }
        for post in own {
            let s = &post.summary;
            let meta = PageMeta {
                title: &s.title,
                heading: &s.title,
                description: &s.summary,
                nav_label: &s.title,
            };
            let post = post.clone();
            pages.push(entry(
                Address::Post {
                    slug: s.slug.clone(),
                    lang,
                },
                meta,
                render_fragment(data, move || view! { <PostArticle post now /> }),
            ));
        }
    }
    (pages, PostsDigest(counts))
}
