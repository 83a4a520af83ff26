//! Pages made from content files at build time: "Our work", each post and
//! "Where to start". The prerenderer renders them natively and they reach the
//! app as HTML: adopted from the prerendered page, or fetched as
//! `data/pages/<path>.json` on in-place navigation. So the wasm carries none
//! of their views or data types, and does not grow with the content.

use serde::{Deserialize, Serialize};

use crate::{
    lang::Lang,
    routes::{RESOURCES, WORK},
};

/// The `id` of the element that holds a built page's HTML.
pub const CONTENT_ID: &str = "built-page";
/// The `id` of the element that carries the [`PostsDigest`] in every page.
pub const DIGEST_ELEMENT: &str = "itpo-posts";

/// One built page, as written to its data file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuiltPage {
    /// The document title, with the site's suffix.
    pub title: String,
    pub description: String,
    /// The page's HTML, its one `<h1>` included.
    pub html: String,
}

/// What every page needs to know of one edition's posts: whether there are
/// any (for the navigation) and the home page's latest posts, as HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionDigest {
    pub count: usize,
    pub latest_html: String,
}

/// Both editions' digests, as one data text embedded in every page of
/// either edition; each page reads its own edition's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostsDigest {
    pub en: EditionDigest,
    pub fr: EditionDigest,
}

impl PostsDigest {
    pub fn edition(&self, lang: Lang) -> &EditionDigest {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    pub fn edition_mut(&mut self, lang: Lang) -> &mut EditionDigest {
        match lang {
            Lang::En => &mut self.en,
            Lang::Fr => &mut self.fr,
        }
    }
}

/// `/work/town-hall/` → `data/pages/work/town-hall.json`.
pub fn data_file(path: &str) -> String {
    format!("data/pages/{}.json", path.trim_matches('/'))
}

/// Whether a page below the base is a built page (its path is enough).
pub fn is_built(path: &str) -> bool {
    let lang = crate::routes::lang_of(path);
    path == RESOURCES.path(lang) || path.starts_with(WORK.path(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_follow_the_page_path() {
        assert_eq!(
            data_file("/work/town-hall/"),
            "data/pages/work/town-hall.json"
        );
        assert_eq!(data_file("/resources/"), "data/pages/resources.json");
        assert!(is_built("/work/") && is_built("/work/a/") && is_built("/resources/"));
        assert!(!is_built("/join/") && !is_built("/fr/adhesion/"));
        assert!(is_built("/fr/nos-activites/a/") && is_built("/fr/par-ou-commencer/"));
    }
}
