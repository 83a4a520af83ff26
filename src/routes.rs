//! The site's pages in one table: the navigation and the tests read it, so a
//! page added here shows up in both. The router itself is in `app.rs`.

use crate::content::pages::{self, PageMeta};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SitePage {
    /// Path below the site's base, starting and ending with `/`: each page
    /// is a folder with an `index.html`, which every static host serves as is.
    pub path: &'static str,
    /// Link text in the navigation.
    pub nav_label: &'static str,
    pub meta: PageMeta,
    /// Shown in the header navigation (privacy lives in the footer).
    pub in_header: bool,
}

pub const HOME: SitePage = SitePage {
    path: "/",
    nav_label: "Home",
    meta: pages::HOME,
    in_header: true,
};
pub const STORY: SitePage = SitePage {
    path: "/story/",
    nav_label: "Our Story",
    meta: pages::STORY,
    in_header: true,
};
pub const MISSION: SitePage = SitePage {
    path: "/mission/",
    nav_label: "Mission",
    meta: pages::MISSION,
    in_header: true,
};
pub const DIRECTORS: SitePage = SitePage {
    path: "/directors/",
    nav_label: "Directors",
    meta: pages::DIRECTORS,
    in_header: true,
};
pub const JOIN: SitePage = SitePage {
    path: "/join/",
    nav_label: "Join",
    meta: pages::JOIN,
    in_header: true,
};
pub const RESOURCES: SitePage = SitePage {
    path: "/resources/",
    nav_label: "Where to Start",
    meta: crate::content::resources::RESOURCES,
    in_header: true,
};
pub const PRIVACY: SitePage = SitePage {
    path: "/privacy/",
    nav_label: "Privacy",
    meta: pages::PRIVACY,
    in_header: false,
};

pub const ACCESSIBILITY: SitePage = SitePage {
    path: "/accessibility/",
    nav_label: "Accessibility",
    meta: crate::content::accessibility::ACCESSIBILITY,
    in_header: false,
};
pub const ALL: [SitePage; 8] = [
    HOME,
    STORY,
    MISSION,
    DIRECTORS,
    RESOURCES,
    JOIN,
    PRIVACY,
    ACCESSIBILITY,
];

/// "Our work": its list and posts are prerendered, and it is in the
/// navigation and the sitemap, only when there are published posts; so it
/// is not in `ALL`, which is every page of every build.
pub const WORK: SitePage = SitePage {
    path: "/work/",
    nav_label: "Our Work",
    meta: crate::content::work::WORK,
    in_header: true,
};

/// The pages the navigation lists: `ALL`, with "Our work" before "Join"
/// when there are posts.
pub fn nav(has_posts: bool) -> Vec<SitePage> {
    let mut pages = ALL.to_vec();
    if has_posts {
        let at = pages.iter().position(|p| p.path == JOIN.path).unwrap_or(0);
        pages.insert(at, WORK);
    }
    pages
}

/// `path` under the site's base: `href("/itpo", "/join")` is `/itpo/join`.
/// Links are built with it because the router does not prefix absolute paths.
pub fn href(base: &str, path: &str) -> String {
    match (base, path) {
        ("", _) => path.to_string(),
        (_, "/") => format!("{base}/"),
        _ => format!("{base}{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_titles_and_headings_are_unique() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(a.path.starts_with('/'));
            assert!(!a.meta.description.is_empty());
            for b in &ALL[i + 1..] {
                assert_ne!(a.path, b.path);
                assert_ne!(a.meta.title, b.meta.title);
                assert_ne!(a.meta.heading, b.meta.heading);
            }
        }
        assert!(ALL.iter().all(|p| p.meta.title != pages::NOT_FOUND.title));
    }

    #[test]
    fn descriptions_fit_search_results() {
        for p in ALL {
            let n = p
                .meta
                .description
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .len();
            assert!((50..=200).contains(&n), "{}: {n}", p.path);
        }
    }

    #[test]
    fn our_work_is_in_the_navigation_only_with_posts() {
        assert!(!nav(false).contains(&WORK));
        let with_posts = nav(true);
        let at = with_posts.iter().position(|p| *p == WORK).unwrap();
        assert_eq!(with_posts[at + 1], JOIN);
        assert_eq!(with_posts.len(), ALL.len() + 1);
        assert!(ALL.iter().all(|p| p.meta.title != WORK.meta.title));
    }

    #[test]
    fn hrefs_respect_the_base() {
        assert_eq!(href("", "/"), "/");
        assert_eq!(href("", "/join"), "/join");
        assert_eq!(href("/itpo", "/"), "/itpo/");
        assert_eq!(href("/itpo", "/join/"), "/itpo/join/");
        for p in ALL {
            assert!(
                p.path.starts_with('/') && p.path.ends_with('/'),
                "{}",
                p.path
            );
        }
    }
}
