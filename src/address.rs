//! What an address shows, as a type. Worked out once where the location
//! changes (`start::landing`, read by the app through `site::use_address`)
//! and by the prerenderer for each page it writes; everything else asks the
//! `Address`, never the path string.

use std::borrow::Cow;

use crate::{
    lang::Lang,
    posts,
    routes::{AppPage, Made, Page},
};

/// Written on `<html data-page="…">` of the not-found page (`404.html`).
pub const NOT_FOUND_KEY: &str = "404";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// A page of the table (`routes.rs`) in one edition.
    Page(Page, Lang),
    /// A post, by its slug, in the edition it is written for.
    Post { slug: String, lang: Lang },
    /// No page: one not-found page serves both editions, in the English frame.
    NotFound,
}

impl Address {
    pub fn lang(&self) -> Lang {
        match self {
            Address::Page(_, lang) | Address::Post { lang, .. } => *lang,
            Address::NotFound => Lang::En,
        }
    }

    /// The page's path below the site's base (`/story/`, `/work/town-hall/`).
    pub fn path(&self) -> Option<Cow<'static, str>> {
        match self {
            Address::Page(page, lang) => Some(Cow::Borrowed(page.path(*lang))),
            Address::Post { slug, lang } => Some(Cow::Owned(posts::path(slug, *lang))),
            Address::NotFound => None,
        }
    }

    /// What a document's HTML was rendered for (`<html data-page>`): the
    /// page's path, or [`NOT_FOUND_KEY`].
    pub fn key(&self) -> Cow<'static, str> {
        self.path().unwrap_or(Cow::Borrowed(NOT_FOUND_KEY))
    }

    /// How the page reaches the visitor; a post is a built page.
    pub fn made(&self) -> Option<Made> {
        match self {
            Address::Page(page, _) => Some(page.made()),
            Address::Post { .. } => Some(Made::Built),
            Address::NotFound => None,
        }
    }

    pub fn built(&self) -> bool {
        self.made() == Some(Made::Built)
    }

    /// The page the app renders from a chunk of its own, if it is one.
    pub fn app_page(&self) -> Option<AppPage> {
        match self.made()? {
            Made::App(page) => Some(page),
            Made::Built => None,
        }
    }

    /// Linked, in the sitemap and indexed: every page but the unlisted ones
    /// (the thank-you pages) and the not-found page.
    pub fn listed(&self) -> bool {
        match self {
            Address::Page(page, _) => page.listed(),
            Address::Post { .. } => true,
            Address::NotFound => false,
        }
    }

    /// Where the language switch leads: the same page in the other edition;
    /// from a post (written in one language), the other edition's list.
    pub fn counterpart(&self) -> &'static str {
        let other = self.lang().other();
        match self {
            Address::Page(page, _) => page.path(other),
            Address::Post { .. } => Page::Work.path(other),
            Address::NotFound => Page::Home.path(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes;

    fn post(slug: &str, lang: Lang) -> Address {
        Address::Post {
            slug: slug.into(),
            lang,
        }
    }

    #[test]
    fn the_switch_leads_to_the_same_page_and_back() {
        for &page in routes::ALL {
            for lang in Lang::ALL {
                assert_eq!(
                    Address::Page(page, lang).counterpart(),
                    page.path(lang.other())
                );
            }
        }
        assert_eq!(
            post("town-hall", Lang::En).counterpart(),
            "/fr/nos-activites/"
        );
        assert_eq!(post("assemblee", Lang::Fr).counterpart(), "/work/");
        assert_eq!(Address::NotFound.counterpart(), "/fr/");
    }

    #[test]
    fn posts_are_built_pages_and_two_pages_have_chunks() {
        assert!(post("a", Lang::Fr).built() && Address::Page(Page::Home, Lang::En).built());
        assert!(!Address::NotFound.built());
        assert_eq!(
            Address::Page(Page::Join, Lang::Fr).app_page(),
            Some(AppPage::Join)
        );
        assert_eq!(
            Address::Page(Page::Directors, Lang::En).app_page(),
            Some(AppPage::Directors)
        );
        assert_eq!(post("join", Lang::En).app_page(), None);
        assert_eq!(post("a", Lang::Fr).key(), "/fr/nos-activites/a/");
        assert_eq!(Address::NotFound.key(), NOT_FOUND_KEY);
        assert!(
            !Address::Page(Page::JoinThanks, Lang::En).listed() && post("a", Lang::En).listed()
        );
    }
}
