use leptos::prelude::*;

use super::not_found::NotFoundPage;
use crate::{
    components::{page::Page, post_list::PostList},
    content::work as copy,
    routes,
    site::use_site,
};

/// "Our work": every published post, newest first. Without posts the page
/// does not exist.
#[component]
pub fn WorkPage() -> impl IntoView {
    let site = use_site();
    let posts = site.posts.get_value();
    if posts.is_empty() {
        return NotFoundPage().into_any();
    }
    view! {
        <div class="wrap prose">
            <Page meta=routes::WORK.meta>
                <p class="lead">{copy::WORK_INTRO}</p>
                <PostList posts heading_level=2 />
            </Page>
        </div>
    }
    .into_any()
}
