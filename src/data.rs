//! The site's data files (`config.json`, `directors.json`) and the digest
//! of the posts, as they stood at build time. The prerenderer reads and parses each once; every page
//! carries each file's text in its own `<script type="application/json">`,
//! which the browser parses once, so the first render in the browser equals
//! the HTML it adopts and visitors without JavaScript see the same directors
//! and form. The app still fetches the live files afterwards (`api.rs`), so
//! edits made after a build reach script users too.

use crate::{
    built_page::PostsDigest,
    config::{self, SiteConfig},
    directors::{self, Director},
};

/// The `id`s of the elements that carry each file's text in a page.
pub const CONFIG_ELEMENT: &str = "itpo-config";
pub const DIRECTORS_ELEMENT: &str = "itpo-directors";
/// The [`PostsDigest`]'s, in every page.
pub const DIGEST_ELEMENT: &str = "itpo-posts";

/// The files a deployer may edit after a build (named beside their
/// parsers): the app fetches them live, so hosts must not cache them. The
/// build checks both (`prerender/data_files.rs`).
pub const LIVE_FILES: [&str; 2] = [config::FILE, directors::DATA_FILE];

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataFiles {
    /// Each file's text, to embed in the pages; `None` when it was absent.
    pub config_text: Option<String>,
    pub directors_text: Option<String>,
    pub posts_text: Option<String>,
    /// The same, parsed (the directors only by their page: `embedded_directors`).
    pub config: Option<SiteConfig>,
    /// How many posts each edition has.
    pub posts: PostsDigest,
}

impl DataFiles {
    /// Parses each text once.
    pub fn from_texts(
        config_text: Option<String>,
        directors_text: Option<String>,
        posts_text: Option<String>,
    ) -> DataFiles {
        DataFiles {
            posts: posts_text
                .as_deref()
                .and_then(|t| crate::json::read(t).ok())
                .unwrap_or_default(),
            posts_text,
            config: config_text.as_deref().map(config::parse),
            config_text,
            directors_text,
        }
    }

    /// The posts' digest, embedded only when there are posts.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn set_posts(&mut self, digest: PostsDigest) {
        self.posts_text = (digest != PostsDigest::default()).then(|| crate::json::write(&digest));
        self.posts = digest;
    }

    /// The director profiles; a file that is not a valid list counts as an empty list.
    pub fn directors(&self) -> Option<Vec<Director>> {
        self.directors_text
            .as_deref()
            .map(|t| directors::parse(t).unwrap_or_default())
    }

    /// The elements that carry the texts.
    pub fn script_elements(&self) -> String {
        [
            (CONFIG_ELEMENT, &self.config_text),
            (DIRECTORS_ELEMENT, &self.directors_text),
            (DIGEST_ELEMENT, &self.posts_text),
        ]
        .iter()
        .filter_map(|(id, text)| Some(script_element(id, text.as_deref()?)))
        .collect()
    }
}

/// JSON text in a `<script type="application/json">`, safe inside HTML: no
/// `</` or `<!--` is left to end it early (in JSON text they can only occur
/// inside strings, where the escaped forms mean the same).
fn script_element(id: &str, json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{id}\">{}</script>",
        json.trim()
            .replace("</", "<\\/")
            .replace("<!--", "<\\u0021--")
    )
}

/// The director profiles as built: read by the directors page alone, so
/// that only its code (a chunk of its own) reads them.
pub fn embedded_directors() -> Option<Vec<Director>> {
    match leptos::prelude::use_context::<DataFiles>() {
        Some(files) => files.directors(),
        None => crate::browser::element_text(DIRECTORS_ELEMENT)
            .map(|t| directors::parse(&t).unwrap_or_default()),
    }
}

/// On the server the prerenderer provides it as context; in the browser it
/// is read from the page, once, when the app starts: the config and the
/// digest only, since the directors are read by their page alone
/// (`embedded_directors`).
pub fn load() -> DataFiles {
    leptos::prelude::use_context::<DataFiles>().unwrap_or_else(|| {
        DataFiles::from_texts(
            crate::browser::element_text(CONFIG_ELEMENT),
            None,
            crate::browser::element_text(DIGEST_ELEMENT),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_texts_cannot_close_their_element_and_read_back_the_same() {
        let config = r#"{"join":{"endpoint":"https://x.example/j","extra_fields":{"x":"</script><script>alert(1)</script> <!--"}}}"#;
        let files = DataFiles::from_texts(Some(config.into()), None, None);
        let html = files.script_elements();
        let inner = html
            .strip_prefix("<script type=\"application/json\" id=\"itpo-config\">")
            .and_then(|h| h.strip_suffix("</script>"))
            .unwrap();
        assert!(!inner.contains("</") && !inner.contains("<!--"));
        assert_eq!(config::parse(inner), config::parse(config));
        assert!(!html.contains(DIRECTORS_ELEMENT));
    }

    #[test]
    fn each_file_is_parsed_and_a_broken_directors_file_lists_nobody() {
        let files = DataFiles::from_texts(
            Some(include_str!("../public/config.json").into()),
            Some("<html>".into()),
            Some(r#"{"en":4,"fr":1}"#.into()),
        );
        assert!(files.config.as_ref().unwrap().join.is_err());
        assert_eq!(files.directors(), Some(vec![]));
        assert_eq!(files.posts.count(crate::lang::Lang::En), 4);
        assert_eq!(files.posts.count(crate::lang::Lang::Fr), 1);
        assert_eq!(DataFiles::from_texts(None, None, None).directors(), None);
    }
}
