//! The site's pages in one table, in both editions: the navigation, the
//! prerenderer and the tests read it, so a page added here shows up in all
//! of them. The router itself is in `app.rs`.

use strum::VariantArray;

use crate::{
    content::{self, pages::PageMeta},
    lang::{Lang, PerLang},
};

/// A page of the site, in both editions, in the navigation's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, VariantArray)]
pub enum Page {
    Home,
    Story,
    Mission,
    Directors,
    Resources,
    /// "Our work": its list and posts are prerendered, and it is in the
    /// navigation and the sitemap, only when the edition has published posts.
    Work,
    Join,
    Privacy,
    Accessibility,
    /// Where a plain HTML send of the join form brings the member back to
    /// (`join.redirect_field` in `config.json`); it also clears their draft.
    JoinThanks,
}

/// The French edition lives under this folder.
pub const FRENCH_ROOT: &str = "/fr/";

/// Every page, in the navigation's order: the enum's (derived, so a page
/// added to the enum is in every list).
pub const ALL: &[Page] = Page::VARIANTS;

impl Page {
    /// Paths below the site's base, English then French, each starting and
    /// ending with `/`: each page is a folder with an `index.html`, which
    /// every static host serves as is. Stable: links are shared.
    const fn paths(self) -> PerLang<&'static str> {
        match self {
            Page::Home => PerLang::new("/", FRENCH_ROOT),
            Page::Story => PerLang::new("/story/", "/fr/notre-histoire/"),
            Page::Mission => PerLang::new("/mission/", "/fr/mission/"),
            Page::Directors => PerLang::new("/directors/", "/fr/conseil/"),
            Page::Resources => PerLang::new("/resources/", "/fr/par-ou-commencer/"),
            Page::Work => PerLang::new("/work/", "/fr/nos-activites/"),
            Page::Join => PerLang::new("/join/", "/fr/adhesion/"),
            Page::Privacy => PerLang::new("/privacy/", "/fr/confidentialite/"),
            Page::Accessibility => PerLang::new("/accessibility/", "/fr/accessibilite/"),
            Page::JoinThanks => PerLang::new("/join/thanks/", "/fr/adhesion/merci/"),
        }
    }

    const fn place(self) -> Place {
        match self {
            Page::Home
            | Page::Story
            | Page::Mission
            | Page::Directors
            | Page::Resources
            | Page::Join => Place::Header,
            Page::Work => Place::HeaderWithPosts,
            Page::Privacy | Page::Accessibility => Place::Footer,
            Page::JoinThanks => Place::Unlisted,
        }
    }

    /// How the page is made. Every list of pages by kind (the chunks, the
    /// built pages, the app's own views) is derived from this match, and
    /// each of those places matches on every page too: a page added to the
    /// table and forgotten anywhere does not compile.
    pub const fn made(self) -> Made {
        match self {
            Page::Directors => Made::App(AppPage::Directors),
            Page::Join => Made::App(AppPage::Join),
            Page::Home
            | Page::Story
            | Page::Mission
            | Page::Resources
            | Page::Work
            | Page::Privacy
            | Page::Accessibility
            | Page::JoinThanks => Made::Built,
        }
    }

    pub fn meta(self, lang: Lang) -> &'static PageMeta<'static> {
        let p = content::pages(lang);
        match self {
            Page::Home => &p.home,
            Page::Story => &p.story,
            Page::Mission => &p.mission,
            Page::Directors => &p.directors,
            Page::Resources => &p.resources,
            Page::Work => &p.work,
            Page::Join => &p.join,
            Page::Privacy => &p.privacy,
            Page::Accessibility => &p.accessibility,
            Page::JoinThanks => &p.join_thanks,
        }
    }

    pub const fn path(self, lang: Lang) -> &'static str {
        self.paths().get(lang)
    }

    pub const fn built(self) -> bool {
        matches!(self.made(), Made::Built)
    }

    /// Shown in the header navigation (privacy and accessibility live in the footer).
    pub const fn in_header(self) -> bool {
        matches!(self.place(), Place::Header | Place::HeaderWithPosts)
    }

    /// Linked from the navigation or footer, in the sitemap and indexed by
    /// search engines; an unlisted page (the join form's thank-you page) is
    /// reached only by being sent there, and says `noindex`.
    pub const fn listed(self) -> bool {
        !matches!(self.place(), Place::Unlisted)
    }

    /// Only in an edition that has published posts ("Our work"): otherwise
    /// it is neither built nor linked.
    pub const fn needs_posts(self) -> bool {
        matches!(self.place(), Place::HeaderWithPosts)
    }
}

/// Where a page is linked from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Header,
    /// In the header when the edition has posts; otherwise not built at all.
    HeaderWithPosts,
    Footer,
    /// Linked from nowhere, not indexed.
    Unlisted,
}

/// How a page reaches the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// Made at build time (`built_page.rs`): its content is fixed by the
    /// build, so the app receives it as HTML and carries none of its view.
    Built,
    /// Rendered by the app from a wasm chunk of its own (`pages/chunk.rs`).
    App(AppPage),
}

/// The pages the app renders itself, each from its own chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, VariantArray)]
pub enum AppPage {
    /// The form and all the join logic.
    Join,
    /// The profiles, read live from `directors.json`.
    Directors,
}

impl AppPage {
    /// Derived from the enum, as `ALL` is.
    pub const ALL: &[AppPage] = AppPage::VARIANTS;

    /// Its chunk, as the splitter names it after the page's split point.
    pub const fn chunk_file(self) -> &'static str {
        match self {
            AppPage::Join => "split_join_page.wasm",
            AppPage::Directors => "split_directors_page.wasm",
        }
    }
}

/// The pages the navigation lists: the listed ones, with "Our work" when
/// the edition has posts.
pub fn nav(has_posts: bool) -> Vec<Page> {
    ALL.iter()
        .copied()
        .filter(|p| p.listed() && (has_posts || !p.needs_posts()))
        .collect()
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
            for (i, a) in ALL.iter().enumerate() {
                assert!(a.path(lang).starts_with('/') && a.path(lang).ends_with('/'));
                assert_eq!(
                    a.path(lang).starts_with(FRENCH_ROOT),
                    lang == Lang::Fr,
                    "{}",
                    a.path(lang)
                );
                for b in ALL.iter().skip(i + 1) {
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
            for p in ALL.iter() {
                let n = p.meta(lang).description.chars().count();
                assert!((50..=230).contains(&n), "{}: {n}", p.path(lang));
            }
        }
    }

    #[test]
    fn our_work_is_in_the_navigation_only_with_posts() {
        assert!(!nav(false).contains(&Page::Work));
        let with_posts = nav(true);
        let at = with_posts.iter().position(|p| *p == Page::Work).unwrap();
        assert_eq!(with_posts[at + 1], Page::Join);
        assert_eq!(with_posts.len(), ALL.len() - 1);
        assert!(!with_posts.contains(&Page::JoinThanks));
    }

    #[test]
    fn the_pages_the_app_renders_each_have_their_own_chunk() {
        assert_eq!(Page::Join.made(), Made::App(AppPage::Join));
        assert_eq!(Page::Directors.made(), Made::App(AppPage::Directors));
        assert_eq!(AppPage::Join.chunk_file(), "split_join_page.wasm");
        assert_ne!(AppPage::Join.chunk_file(), AppPage::Directors.chunk_file());
    }

    #[test]
    fn hrefs_respect_the_base() {
        assert_eq!(href("", "/"), "/");
        assert_eq!(href("", "/join"), "/join");
        assert_eq!(href("/itpo", "/"), "/itpo/");
        assert_eq!(href("/itpo", "/fr/adhesion/"), "/itpo/fr/adhesion/");
    }
}
