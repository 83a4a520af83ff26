//! Copy for "Our work" (the posts) and the home page's latest posts. The
//! posts themselves are Markdown files in `content/posts/`.

use super::pages::PageMeta;

pub const WORK: PageMeta = PageMeta {
    title: "Our Work",
    heading: "Our work",
    description: "News, statements and events from Internationally Trained Physicians of \
                  Ontario (ITPO), newest first.",
};

pub const WORK_INTRO: &str = "What ITPO has been doing and saying, newest first.";
pub const LATEST_HEADING: &str = "Latest from our work";
pub const ALL_POSTS: &str = "All of our work";
pub const TAGS_LABEL: &str = "Topics:";
pub const PUBLISHED: &str = "Published";
pub const BACK_TO_LIST: &str = "Back to Our work";
pub const LOADING: &str = "Loading the post…";
pub const LOAD_FAILED: &str =
    "The post could not be loaded. Check your connection and reload the page.";
pub const FEED_TITLE: &str = "ITPO: Our work";

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
