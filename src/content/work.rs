//! The shape of the copy for "Our work" (the posts) and the home page's
//! latest posts. The posts themselves are Markdown files in `content/posts/`.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct WorkCopy {
    pub intro: &'static str,
    pub latest_heading: &'static str,
    pub all_posts: &'static str,
    pub tags_label: &'static str,
    pub published: &'static str,
    pub back_to_list: &'static str,
    pub feed_title: &'static str,
    pub months: [&'static str; 12],
    /// (day, month name, year) as this language writes a date.
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub date: fn(u8, &str, &str) -> String,
}
