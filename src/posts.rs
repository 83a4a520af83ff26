//! Where posts live in the site: a post `2026-01-15-town-hall.md` is the
//! page `/work/town-hall/`, or `/fr/nos-activites/town-hall/` when written
//! in French. Shared by the app (a post's `Address`) and the
//! prerenderer, which reads the posts (`prerender/posts.rs`).

use crate::{lang::Lang, routes::Page};

/// The post's page below the site's base, in its language's edition.
pub fn path(slug: &str, lang: Lang) -> String {
    format!("{}{slug}/", Page::Work.path(lang))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain() {
        assert!(is_slug("town-hall-2026"));
        for bad in ["", "-a", "a-", "a--b", "Town", "a_b", "a b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn post_paths_sit_under_our_work() {
        assert_eq!(path("town-hall", Lang::En), "/work/town-hall/");
        assert_eq!(path("a", Lang::Fr), "/fr/nos-activites/a/");
    }
}
