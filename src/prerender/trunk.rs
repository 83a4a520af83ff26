//! What the prerenderer takes from trunk's `index.html` (the asset URLs it
//! chose) and from the app's folder (scripts/build-app.sh), and the one
//! inline script each page carries instead of trunk's.

use crate::{join::SiteKey, routes::AppPage};

// The app's files in its folder `app-<hash>/`, as scripts/build-app.sh
// names them; beside them the splitter may write shared chunks (see
// `shared_chunks`).
/// wasm-bindgen's glue.
pub const GLUE: &str = "itpo-site.js";
/// The main wasm module.
pub const MAIN_WASM: &str = "itpo-site_bg.wasm";
/// The splitter's loader, which the glue imports.
pub const SPLIT_LOADER: &str = "__wasm_split.js";

/// Every file the app's folder must hold: the three above and the app
/// pages' chunks.
pub fn app_files() -> impl Iterator<Item = &'static str> {
    [GLUE, MAIN_WASM, SPLIT_LOADER]
        .into_iter()
        .chain(AppPage::ALL.iter().map(|p| p.chunk_file()))
}

/// What the prerenderer takes from trunk's `index.html` and the app's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrunkOutput {
    /// `<base href>`, e.g. `/` or `/itpo/`.
    pub base_href: String,
    pub css_href: String,
    /// The app's folder, e.g. `/itpo/app-0123abcd/`: every file in it is
    /// named by the folder's hash, so it can be cached for ever.
    pub app_href: String,
    /// The splitter's `chunk_<n>.wasm` files in that folder: code that the
    /// pages' chunks share with each other but not with the main module,
    /// which the splitter's loader fetches with either page's chunk.
    pub shared_chunks: Vec<String>,
    /// The loader's text: `LOADER_SOURCE`, or once minified, `minify_loader`'s.
    pub loader: String,
}

impl TrunkOutput {
    /// A file of the app's folder (`app_files`).
    pub fn app_file_href(&self, file: &str) -> String {
        format!("{}{file}", self.app_href)
    }

    pub fn wasm_href(&self) -> String {
        self.app_file_href(MAIN_WASM)
    }

    /// Reads the asset URLs out of trunk's generated `index.html`; `app_dir`
    /// is the app folder's name (`app-<hash>`).
    pub fn parse(html: &str, app_dir: &str) -> Result<TrunkOutput, String> {
        // Tolerant of minified HTML: attribute values may be quoted or not,
        // and the loader's spacing may differ.
        let attr_of_tag = |tag_start: &str, must_contain: &str, attr: &str| -> Option<String> {
            html.match_indices(tag_start).find_map(|(start, _)| {
                let tag = &html[start..start + html[start..].find('>')?];
                if !tag.contains(must_contain) {
                    return None;
                }
                let value = &tag[tag.find(&format!("{attr}="))? + attr.len() + 1..];
                Some(match value.chars().next()? {
                    q @ ('"' | '\'') => value[1..].split(q).next()?.to_string(),
                    // Unquoted values run to the next space; `/` belongs to them (`href=/itpo/`).
                    _ => value.split(char::is_whitespace).next()?.to_string(),
                })
                .filter(|v| !v.is_empty())
            })
        };
        let missing =
            |what: &str| format!("trunk's index.html has no {what} (already prerendered?)");
        let base_href = attr_of_tag("<base", "", "href").ok_or_else(|| missing("<base href>"))?;
        Ok(TrunkOutput {
            css_href: attr_of_tag("<link", "stylesheet", "href")
                .ok_or_else(|| missing("stylesheet"))?,
            app_href: format!("{base_href}{app_dir}/"),
            base_href,
            shared_chunks: Vec::new(),
            loader: LOADER_SOURCE.to_string(),
        })
    }

    /// The one inline script (`loader.js`), with this page's settings: on an
    /// app page (`pages/chunk.rs`), its chunk and the shared chunks it needs,
    /// which the app waits for before it adopts the page.
    pub fn loader_script(&self, page: Option<AppPage>) -> String {
        let chunks: Vec<String> = match page {
            None => Vec::new(),
            Some(page) => std::iter::once(page.chunk_file())
                .chain(self.shared_chunks.iter().map(String::as_str))
                .map(|file| self.app_file_href(file))
                .collect(),
        };
        let settings = serde_json::json!({
            "wasm": self.wasm_href(),
            "glue": self.app_file_href(GLUE),
            "split": self.app_file_href(SPLIT_LOADER),
            "chunks": chunks,
            "draft": crate::join::draft::STORAGE_KEY,
            "guard": crate::browser::PLAIN_SEND_GUARD_MS,
            // The names of the plain form's stamp inputs (`join_form.rs`).
            "stamp": [SiteKey::SubmissionId.key(), SiteKey::SubmittedAt.key()],
        });
        self.loader.replace(SETTINGS, &settings.to_string())
    }

    /// The loader of every page, for the CSP: one per kind of page.
    pub fn loader_scripts(&self) -> Vec<String> {
        std::iter::once(None)
            .chain(AppPage::ALL.iter().copied().map(Some))
            .map(|page| self.loader_script(page))
            .collect()
    }
}

/// The loader as written (`loader.js`); `ITPO_LOADER` stands for the page's settings.
pub const LOADER_SOURCE: &str = include_str!("loader.js");
const SETTINGS: &str = "ITPO_LOADER";

/// The loader minified by terser (installed by scripts/setup.sh), which
/// every page then carries: its policy hash is taken from these bytes.
pub fn minify_loader() -> Result<String, String> {
    use std::{
        io::Write,
        process::{Command, Stdio},
    };
    let local = concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/.bin/terser");
    let terser = if std::path::Path::new(local).is_file() {
        local
    } else {
        "terser"
    };
    let mut child = Command::new(terser)
        .args(["--compress", "--mangle"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{terser}: {e} (run scripts/setup.sh to install it)"))?;
    child
        .stdin
        .take()
        .ok_or("terser: no input")?
        .write_all(LOADER_SOURCE.as_bytes())
        .map_err(|e| format!("terser: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("terser: {e}"))?;
    let text = String::from_utf8(out.stdout).map_err(|e| format!("terser: {e}"))?;
    if !out.status.success() || !text.contains(SETTINGS) {
        return Err(format!(
            "terser could not minify src/prerender/loader.js ({})",
            out.status
        ));
    }
    Ok(text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::fixtures::trunk;

    #[test]
    fn reads_trunks_asset_urls() {
        assert_eq!(
            trunk(),
            TrunkOutput {
                base_href: "/itpo/".into(),
                css_href: "/itpo/main-abc.css".into(),
                app_href: "/itpo/app-123/".into(),
                shared_chunks: vec![],
                loader: LOADER_SOURCE.into(),
            }
        );
        assert_eq!(trunk().wasm_href(), "/itpo/app-123/itpo-site_bg.wasm");
        assert!(
            TrunkOutput::parse("<html><body>already done</body></html>", "app-123")
                .unwrap_err()
                .contains("already")
        );
    }

    #[test]
    fn only_a_chunked_page_fetches_its_chunk_and_all_after_load() {
        let t = trunk();
        let join = t.loader_script(Some(AppPage::Join));
        let settings = &join[join.rfind("})(").unwrap()..];
        assert!(settings.contains(r#""chunks":["/itpo/app-123/split_join_page.wasm"]"#));
        assert!(!join.contains("split_directors_page"));
        assert!(!t.loader_script(None).contains("split_"));
        assert_eq!(t.loader_scripts().len(), 3);
        // Shared chunks come with either page's chunk, never alone.
        let t = TrunkOutput {
            shared_chunks: vec!["chunk_3.wasm".into()],
            ..trunk()
        };
        assert!(t.loader_script(Some(AppPage::Directors)).contains(
            r#""chunks":["/itpo/app-123/split_directors_page.wasm","/itpo/app-123/chunk_3.wasm"]"#
        ));
        assert!(!t.loader_script(None).contains("chunk_3"));
        // The glue, the splitter's loader and the wasm.
        for part in [
            r#""glue":"/itpo/app-123/itpo-site.js""#,
            r#""split":"/itpo/app-123/__wasm_split.js""#,
            r#""wasm":"/itpo/app-123/itpo-site_bg.wasm""#,
            r#""guard":20000"#,
        ] {
            assert!(settings.contains(part), "{part}");
        }
    }

    #[test]
    fn the_loader_is_minified_and_takes_each_pages_settings() {
        let min = minify_loader().unwrap();
        assert!(min.len() * 2 < LOADER_SOURCE.len(), "{}", min.len());
        let t = TrunkOutput {
            loader: min,
            ..trunk()
        };
        let script = t.loader_script(Some(AppPage::Join));
        assert!(
            !script.contains(SETTINGS) && !script.contains("//"),
            "{script}"
        );
        for read in [".wasm", ".glue", ".split", ".chunks", ".draft", ".guard"] {
            assert!(script.contains(read), "{read}");
        }
        let draft = format!(r#""draft":"{}""#, crate::join::draft::STORAGE_KEY);
        assert!(script.contains(&draft), "{draft}");
    }
}
