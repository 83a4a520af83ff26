//! Where posts live in the site: a post `2026-01-15-town-hall.md` is the
//! page `/work/town-hall/`. Shared by the app (to recognise a post's address)
//! and the prerenderer, which reads the posts (`prerender/posts.rs`).

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
        assert_eq!(path("town-hall"), "/work/town-hall/");
    }
}
