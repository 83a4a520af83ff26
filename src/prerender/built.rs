//! This build's built pages (`built_page.rs`): "Where to start", and with
//! posts, "Our work" and each post, rendered from the build-time views, plus
//! the digest of the posts that every page carries.

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
    posts, routes,
};

/// One built page: where it lives, its `<head>`, and its HTML.
pub struct BuiltEntry {
    pub path: String,
    pub meta: PageMeta,
    pub page: BuiltPage,
}

/// `data` needs only the config and directors: the views read the site's base.
pub fn build(
    data: &DataFiles,
    posts: &[Post],
    resources: &[Resource],
) -> (Vec<BuiltEntry>, PostsDigest) {
    let entry = |path: String, meta: PageMeta, html: String| BuiltEntry {
        page: BuiltPage {
            title: document_title(meta.title),
            description: meta.description.to_string(),
            html,
        },
        path,
        meta,
    };
    let list = resources.to_vec();
    let mut pages = vec![entry(
        routes::RESOURCES.path.to_string(),
        routes::RESOURCES.meta,
        render_fragment(data, move || {
            leptos::view! { <ResourcesList resources=list /> }
        }),
    )];
    if posts.is_empty() {
        return (pages, PostsDigest::default());
    }
    let summaries: Vec<PostSummary> = posts.iter().map(|p| p.summary.clone()).collect();
    let all = summaries.clone();
    pages.push(entry(
        routes::WORK.path.to_string(),
        routes::WORK.meta,
        render_fragment(data, move || leptos::view! { <WorkList posts=all /> }),
    ));
    for post in posts {
        let s = &post.summary;
        // Leaked once per post: the prerenderer exits soon after.
        let meta = PageMeta {
            title: s.title.clone().leak(),
            heading: s.title.clone().leak(),
            description: s.summary.clone().leak(),
        };
        let post = post.clone();
        pages.push(entry(
            posts::path(&s.slug),
            meta,
            render_fragment(data, move || leptos::view! { <PostArticle post /> }),
        ));
    }
    let digest = PostsDigest {
        count: posts.len(),
        latest_html: render_fragment(data, move || {
            leptos::view! { <LatestSection posts=summaries /> }
        }),
    };
    (pages, digest)
}
