//! "Our work" posts as the app receives them. The prerenderer turns
//! `content/posts/*.md` into these at build time; they reach the app as
//! data (the index embedded in every page, a post's HTML in its own page,
//! both also written as small files for in-place navigation), never as
//! compiled code, so the wasm does not grow with the number of posts.

use serde::{Deserialize, Serialize};

/// The index of published posts, newest first.
pub const INDEX_FILE: &str = "data/posts.json";
/// The `id` of the element that carries the index in every page.
pub const INDEX_ELEMENT: &str = "itpo-posts";
/// The `id` of the element a post's HTML is rendered into.
pub const BODY_ID: &str = "post-body";
/// How many posts the home page shows.
pub const LATEST_ON_HOME: usize = 3;

/// What the list, the home page and the navigation need of one post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostSummary {
    /// From the file name without its date: `2026-01-15-town-hall.md` is `town-hall`.
    pub slug: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// One paragraph of plain text.
    pub summary: String,
    pub tags: Vec<String>,
    /// `en` or `fr`.
    pub lang: String,
}

/// One post's rendered Markdown, as written to `data/posts/<slug>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostBody {
    pub slug: String,
    pub html: String,
}

/// The file that holds one post's HTML.
pub fn body_file(slug: &str) -> String {
    format!("data/posts/{slug}.json")
}

/// The post's page below the site's base.
pub fn path(slug: &str) -> String {
    format!("{}{slug}/", crate::routes::WORK.path)
}

/// Lower-case letters, digits and single hyphens, neither first nor last.
pub fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `2026-01-15` as "15 January 2026"; anything else is shown as it is.
pub fn display_date(date: &str) -> String {
    let mut parts = date.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    let month = month
        .parse::<usize>()
        .ok()
        .and_then(|m| crate::content::work::MONTHS.get(m.wrapping_sub(1)));
    match (month, day.parse::<u8>()) {
        (Some(month), Ok(day)) => format!("{day} {month} {year}"),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_words_and_bad_ones_as_given() {
        assert_eq!(display_date("2026-01-05"), "5 January 2026");
        assert_eq!(display_date("2025-12-31"), "31 December 2025");
        assert_eq!(display_date("2025-13-01"), "2025-13-01");
        assert_eq!(display_date("soon"), "soon");
    }

    #[test]
    fn slugs_are_plain() {
        assert!(is_slug("town-hall-2026"));
        for bad in ["", "-a", "a-", "a--b", "Town", "a_b", "a b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn post_paths_sit_under_our_work() {
        assert_eq!(path("town-hall"), "/work/town-hall/");
        assert_eq!(body_file("town-hall"), "data/posts/town-hall.json");
    }
}
