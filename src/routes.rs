//! The site's pages in one table, in both editions: the navigation, the
//! prerenderer and the tests read it, so a page added here shows up in all
//! of them. The router itself is in `app.rs`.

use crate::{
    content::{self, pages::PageMeta},
    lang::Lang,
};

/// Which page a path shows, whatever its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageId {
    Home,
    Story,
    Mission,
    Directors,
    Resources,
    Work,
    Join,
    Privacy,
    Accessibility,
    JoinThanks,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SitePage {
    pub id: PageId,
    /// Paths below the site's base, English then French, each starting and
    /// ending with `/`: each page is a folder with an `index.html`, which
    /// every static host serves as is. Stable: links are shared.
    paths: [&'static str; 2],
    /// Shown in the header navigation (privacy and accessibility live in the footer).
    pub in_header: bool,
    /// Made at build time (`built_page.rs`): its content is fixed by the
    /// build, so the app receives it as HTML and carries none of its view.
    pub built: bool,
    /// Linked from the navigation or footer, in the sitemap and indexed by
    /// search engines; an unlisted page (the join form's thank-you page) is
    /// reached only by being sent there, and says `noindex`.
    pub listed: bool,
}

impl SitePage {
    pub fn path(&self, lang: Lang) -> &'static str {
        self.paths[lang as usize]
    }

    pub fn meta(&self, lang: Lang) -> &'static PageMeta {
        let p = content::pages(lang);
        match self.id {
            PageId::Home => &p.home,
            PageId::Story => &p.story,
            PageId::Mission => &p.mission,
            PageId::Directors => &p.directors,
            PageId::Resources => &p.resources,
            PageId::Work => &p.work,
            PageId::Join => &p.join,
            PageId::Privacy => &p.privacy,
            PageId::Accessibility => &p.accessibility,
            PageId::JoinThanks => &p.join_thanks,
        }
    }
}

/// Where a page appears and how it is made.
#[derive(Clone, Copy)]
enum Kind {
    /// In the header navigation, made at build time.
    HeaderBuilt,
    /// In the header navigation, rendered by the app (its content is live).
    HeaderApp,
    /// In the footer only, made at build time.
    FooterBuilt,
    /// Linked from nowhere, made at build time, not indexed.
    UnlistedBuilt,
}

const fn page(id: PageId, en: &'static str, fr: &'static str, kind: Kind) -> SitePage {
    SitePage {
        id,
        paths: [en, fr],
        in_header: matches!(kind, Kind::HeaderBuilt | Kind::HeaderApp),
        built: !matches!(kind, Kind::HeaderApp),
        listed: !matches!(kind, Kind::UnlistedBuilt),
    }
}

/// The French edition lives under this folder.
pub const FRENCH_ROOT: &str = "/fr/";

pub const HOME: SitePage = page(PageId::Home, "/", "/fr/", Kind::HeaderBuilt);
pub const STORY: SitePage = page(
    PageId::Story,
    "/story/",
    "/fr/notre-histoire/",
    Kind::HeaderBuilt,
);
pub const MISSION: SitePage = page(
    PageId::Mission,
    "/mission/",
    "/fr/mission/",
    Kind::HeaderBuilt,
);
/// Rendered by the app: it reads the live `directors.json`.
pub const DIRECTORS: SitePage = page(
    PageId::Directors,
    "/directors/",
    "/fr/conseil/",
    Kind::HeaderApp,
);
pub const RESOURCES: SitePage = page(
    PageId::Resources,
    "/resources/",
    "/fr/par-ou-commencer/",
    Kind::HeaderBuilt,
);
/// Rendered by the app, from a wasm chunk of its own (`pages/join.rs`).
pub const JOIN: SitePage = page(PageId::Join, "/join/", "/fr/adhesion/", Kind::HeaderApp);
pub const PRIVACY: SitePage = page(
    PageId::Privacy,
    "/privacy/",
    "/fr/confidentialite/",
    Kind::FooterBuilt,
);
pub const ACCESSIBILITY: SitePage = page(
    PageId::Accessibility,
    "/accessibility/",
    "/fr/accessibilite/",
    Kind::FooterBuilt,
);

/// Where a plain HTML send of the join form brings the member back to
/// (`join.redirect_field` in `config.json`); it also clears their draft.
pub const JOIN_THANKS: SitePage = page(
    PageId::JoinThanks,
    "/join/thanks/",
    "/fr/adhesion/merci/",
    Kind::UnlistedBuilt,
);

pub const ALL: [SitePage; 9] = [
    HOME,
    STORY,
    MISSION,
    DIRECTORS,
    RESOURCES,
    JOIN,
    PRIVACY,
    ACCESSIBILITY,
    JOIN_THANKS,
];

/// "Our work": its list and posts are prerendered, and it is in the
/// navigation and the sitemap, only when there are published posts; so it
/// is not in `ALL`, which is every page of every build.
pub const WORK: SitePage = page(
    PageId::Work,
    "/work/",
    "/fr/nos-activites/",
    Kind::HeaderBuilt,
);

/// The pages the navigation lists: `ALL`, with "Our work" before "Join"
/// when the edition has posts.
pub fn nav(has_posts: bool) -> Vec<SitePage> {
    let mut pages: Vec<SitePage> = ALL.into_iter().filter(|p| p.listed).collect();
    if has_posts {
        let at = pages.iter().position(|p| *p == JOIN).unwrap_or(0);
        pages.insert(at, WORK);
    }
    pages
}

/// The edition a page's path (below the base) belongs to.
pub fn lang_of(path: &str) -> Lang {
    if path.starts_with(FRENCH_ROOT) {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The page a path (below the base) names, in its edition, if it is one of the table's.
pub fn find(path: &str) -> Option<SitePage> {
    ALL.iter()
        .chain([&WORK])
        .find(|p| p.path(lang_of(path)) == path)
        .copied()
}

/// Whether a page below the base is linked and indexed: every page but the
/// unlisted ones (a post, which is not in the table, is listed).
pub fn is_listed(path: &str) -> bool {
    find(path).is_none_or(|page| page.listed)
}

/// The wasm chunks of the pages whose code is a chunk of its own
/// (`pages/chunk.rs`), as the splitter names them after each split point.
pub const CHUNK_FILES: [&str; 2] = ["split_join_page.wasm", "split_directors_page.wasm"];

/// The chunk that holds a page's code (a path below the base, of either
/// edition), for the pages that have one: the pages the app renders itself.
pub fn chunk_file(path: &str) -> Option<&'static str> {
    match find(path)?.id {
        PageId::Join => Some(CHUNK_FILES[0]),
        PageId::Directors => Some(CHUNK_FILES[1]),
        _ => None,
    }
}

/// Where the language switch leads from a page: the same page in the other
/// edition; from a post (written in one language), the other edition's list.
pub fn counterpart(path: &str) -> &'static str {
    let lang = lang_of(path);
    match find(path) {
        Some(page) => page.path(lang.other()),
        None if path.starts_with(WORK.path(lang)) => WORK.path(lang.other()),
        None => HOME.path(lang.other()),
    }
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
    fn paths_titles_and_headings_are_unique_in_each_edition() {
        for lang in Lang::ALL {
            for (i, a) in ALL.iter().chain([&WORK]).enumerate() {
                assert!(a.path(lang).starts_with('/') && a.path(lang).ends_with('/'));
                assert_eq!(lang_of(a.path(lang)), lang, "{}", a.path(lang));
                assert_eq!(find(a.path(lang)), Some(*a));
                for b in ALL.iter().chain([&WORK]).skip(i + 1) {
                    assert_ne!(a.path(lang), b.path(lang));
                    assert_ne!(a.meta(lang).title, b.meta(lang).title);
                    assert_ne!(a.meta(lang).heading, b.meta(lang).heading);
                }
                assert_ne!(a.meta(lang).title, content::pages(lang).not_found.title);
            }
        }
    }

    #[test]
    fn descriptions_fit_search_results() {
        for lang in Lang::ALL {
            for p in ALL.iter().chain([&WORK]) {
                let n = p.meta(lang).description.chars().count();
                assert!((50..=230).contains(&n), "{}: {n}", p.path(lang));
            }
        }
    }

    #[test]
    fn the_switch_leads_to_the_same_page_and_back() {
        for p in ALL.iter().chain([&WORK]) {
            assert_eq!(counterpart(p.path(Lang::En)), p.path(Lang::Fr));
            assert_eq!(counterpart(p.path(Lang::Fr)), p.path(Lang::En));
        }
        assert_eq!(counterpart("/work/town-hall/"), "/fr/nos-activites/");
        assert_eq!(counterpart("/fr/nos-activites/assemblee/"), "/work/");
        assert_eq!(counterpart("/nowhere/"), "/fr/");
    }

    #[test]
    fn our_work_is_in_the_navigation_only_with_posts() {
        assert!(!nav(false).contains(&WORK));
        let with_posts = nav(true);
        let at = with_posts.iter().position(|p| *p == WORK).unwrap();
        assert_eq!(with_posts[at + 1], JOIN);
        assert_eq!(with_posts.len(), ALL.len());
        assert!(!with_posts.contains(&JOIN_THANKS));
    }

    #[test]
    fn the_pages_the_app_renders_each_have_a_chunk_and_no_other_page_does() {
        for lang in Lang::ALL {
            for p in ALL.iter().chain([&WORK]) {
                assert_eq!(
                    chunk_file(p.path(lang)).is_some(),
                    !p.built,
                    "{}",
                    p.path(lang)
                );
            }
        }
        assert_eq!(chunk_file("/fr/adhesion/"), Some("split_join_page.wasm"));
        assert_eq!(chunk_file("/work/a/"), None);
    }

    #[test]
    fn hrefs_respect_the_base() {
        assert_eq!(href("", "/"), "/");
        assert_eq!(href("", "/join"), "/join");
        assert_eq!(href("/itpo", "/"), "/itpo/");
        assert_eq!(href("/itpo", "/fr/adhesion/"), "/itpo/fr/adhesion/");
    }
}
