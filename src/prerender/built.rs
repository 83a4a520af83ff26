//! This build's built pages (`built_page.rs`), in both editions: "Where to
//! start", and for each edition with posts, "Our work" and each of its
//! posts, rendered from the build-time views, plus the digest of the posts
//! that every page carries.

use super::{
    posts::{Post, PostSummary},
    render::render_fragment,
    resources::Resource,
    views::{
        posts::{LatestSection, PostArticle, WorkList},
        resources::ResourcesList,
    },
};
use crate::{
    built_page::{BuiltPage, PostsDigest},
    content::{document_title, pages::PageMeta},
    data::DataFiles,
    lang::Lang,
    posts, routes,
};

/// One built page: where it lives, its `<head>`, and its HTML.
pub struct BuiltEntry {
    pub path: String,
    pub lang: Lang,
    pub meta: PageMeta,
    pub page: BuiltPage,
}

/// `data` needs only the config and directors: the views read the site's base.
pub fn build(
    data: &DataFiles,
    posts: &[Post],
    resources: &[Resource],
) -> (Vec<BuiltEntry>, PostsDigest) {
    let entry = |path: String, lang: Lang, meta: PageMeta, html: String| BuiltEntry {
        page: BuiltPage {
            title: document_title(meta.title),
            description: meta.description.to_string(),
            html,
        },
        path,
        lang,
        meta,
    };
    let mut pages = Vec::new();
    let mut digest = PostsDigest::default();
    for lang in Lang::ALL {
        let list = resources.to_vec();
        pages.push(entry(
            routes::RESOURCES.path(lang).to_string(),
            lang,
            *routes::RESOURCES.meta(lang),
            render_fragment(data, move || {
                leptos::view! { <ResourcesList resources=list lang /> }
            }),
        ));
        let own: Vec<&Post> = posts
            .iter()
            .filter(|p| p.summary.edition() == lang)
            .collect();
        if own.is_empty() {
            continue;
        }
        let summaries: Vec<PostSummary> = own.iter().map(|p| p.summary.clone()).collect();
        let all = summaries.clone();
        pages.push(entry(
            routes::WORK.path(lang).to_string(),
            lang,
            *routes::WORK.meta(lang),
            render_fragment(data, move || leptos::view! { <WorkList posts=all lang /> }),
        ));
        for post in own {
            let s = &post.summary;
            // Leaked once per post: the prerenderer exits soon after.
            let title: &'static str = s.title.clone().leak();
            let meta = PageMeta {
                title,
                heading: title,
                description: s.summary.clone().leak(),
                nav_label: title,
            };
            let post = post.clone();
            pages.push(entry(
                posts::path(&s.slug, lang),
                lang,
                meta,
                render_fragment(data, move || leptos::view! { <PostArticle post /> }),
            ));
        }
        *digest.edition_mut(lang) = crate::built_page::EditionDigest {
            count: summaries.len(),
            latest_html: render_fragment(data, move || {
                leptos::view! { <LatestSection posts=summaries lang /> }
            }),
        };
    }
    (pages, digest)
}
