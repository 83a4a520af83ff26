//! What the prerenderer takes from trunk's `index.html` (the asset URLs it
//! chose) and from the app's folder (scripts/build-app.sh), and the one
//! inline script each page carries instead of trunk's.

// The app's files in its folder `app-<hash>/`, as scripts/build-app.sh
// names them; beside them the splitter may write shared chunks (see
// `shared_chunks`).
/// wasm-bindgen's glue.
pub const GLUE: &str = "itpo-site.js";
/// The main wasm module.
pub const MAIN_WASM: &str = "itpo-site_bg.wasm";
/// The splitter's loader, which the glue imports.
pub const SPLIT_LOADER: &str = "__wasm_split.js";

/// Every file the app's folder must hold: the three above and the pages'
/// chunks (`routes::CHUNK_FILES`).
pub fn app_files() -> impl Iterator<Item = &'static str> {
    [GLUE, MAIN_WASM, SPLIT_LOADER]
        .into_iter()
        .chain(crate::routes::CHUNK_FILES)
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
        })
    }

    /// The one inline script. It marks scripting on (so CSS can hide the
    /// no-script notes), defines what Leptos hydration expects, and fetches
    /// the app only after the page has loaded, so it never competes with
    /// first paint; then all its parts at once (the glue, the splitter's
    /// loader the glue imports, the wasm, and on a page whose code is a
    /// chunk of its own that chunk, which the app waits for before it
    /// adopts the page), not one after another as each discovers the next. If the app cannot start or dies
    /// later (a blocked or failed download, a panic, which in wasm is a
    /// `RuntimeError`), it swaps the body for a copy of itself: the page as
    /// shown (a panic while adopting the HTML leaves it as it was: hydration
    /// only attaches), with none of the app's listeners, the answers typed
    /// into the form and the focus where it was, the "sending needs the app"
    /// note, and links left to the browser. No copy is made up front: on a
    /// long page that costs main-thread time at load.
    pub fn loader_script(&self, loads: Loads) -> String {
        // The page's chunk and the shared chunks it needs, side by side.
        let chunk: String = match loads.chunk {
            None => String::new(),
            Some(file) => std::iter::once(file)
                .chain(self.shared_chunks.iter().map(String::as_str))
                .map(|file| CHUNK_PRELOAD.replace("{chunk}", &self.app_file_href(file)))
                .collect(),
        };
        LOADER
            .replace("{chunk}", &chunk)
            .replace("{js}", &self.app_file_href(GLUE))
            .replace("{wasm}", &self.wasm_href())
            .replace("{split}", &self.app_file_href(SPLIT_LOADER))
            .replace("{draft}", crate::join::draft::STORAGE_KEY)
            .replace("{guard}", &crate::browser::PLAIN_SEND_GUARD_MS.to_string())
    }

    /// The loader of every page, for the CSP: one per kind of page.
    pub fn loader_scripts(&self) -> Vec<String> {
        Loads::all()
            .map(|loads| self.loader_script(loads))
            .collect()
    }
}

/// What a page's loader fetches besides the app: the chunk of the page's
/// own code, on the pages that have one (`pages/chunk.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loads {
    pub chunk: Option<&'static str>,
}

impl Loads {
    pub const APP: Loads = Loads { chunk: None };

    pub fn for_page(path: Option<&str>) -> Loads {
        Loads {
            chunk: path.and_then(crate::routes::chunk_file),
        }
    }

    /// Every kind of page's.
    pub fn all() -> impl Iterator<Item = Loads> {
        std::iter::once(Loads::APP)
            .chain(crate::routes::CHUNK_FILES.map(|file| Loads { chunk: Some(file) }))
    }
}

/// A preload the later `fetch` of the chunk (by the splitter's loader) takes up.
const CHUNK_PRELOAD: &str = concat!(
    "var l=d.createElement(\"link\");l.rel=\"preload\";l.as=\"fetch\";l.crossOrigin=\"anonymous\";",
    "l.href=\"{chunk}\";d.head.appendChild(l);",
);

const LOADER: &str = concat!(
    "document.documentElement.classList.add(\"js\");",
    "window.__RESOLVED_RESOURCES=[];window.__SERIALIZED_ERRORS=[];window.__INCOMPLETE_CHUNKS=[];",
    "(function(){var d=document,r=d.documentElement,failed=false;",
    // The thank-you page: the answers have been sent, so the draft is cleared.
    "if(r.hasAttribute(\"data-clear-draft\"))try{localStorage.removeItem(\"{draft}\")}catch(e){}",
    // A plain HTML send of the join form, before the app has started or after it failed:
    // stamped like the app's (submission id, time), the unticked-box `false` dropped when the
    // box is ticked, and once on its way a second click sends nothing more for {guard} ms.
    "addEventListener(\"submit\",function(e){var f=e.target;",
    "if(!f.hasAttribute(\"data-plain\")||r.getAttribute(\"data-app\")===\"started\")return;",
    "var t=+f.getAttribute(\"data-sending\");if(t&&Date.now()-t<{guard}){e.preventDefault();return}",
    "var id=f.elements.submission_id,at=f.elements.submitted_at;",
    "if(id&&!id.value){var b=crypto.getRandomValues(new Uint8Array(16)),h=\"\";b[6]=b[6]&15|64;b[8]=b[8]&63|128;",
    "for(var i=0;i<16;i++)h+=(i==4||i==6||i==8||i==10?\"-\":\"\")+(b[i]|256).toString(16).slice(1);id.value=h}",
    "if(at)at.value=new Date().toISOString();",
    "f.querySelectorAll(\"input[data-unchecked]\").forEach(function(u){",
    "var box=f.querySelector(\"input[type=checkbox][name=\"+u.name+\"]\");u.disabled=!!(box&&box.checked)});",
    "f.setAttribute(\"data-sending\",Date.now())});",
    // Back to a page kept in the browser's cache after a plain send: it may be sent again.
    "addEventListener(\"pageshow\",function(e){if(e.persisted)d.querySelectorAll(\"[data-sending]\").forEach(function(f){",
    "f.removeAttribute(\"data-sending\")})});",
    "function fail(){if(failed)return;failed=true;",
    "var live=d.body,page=live.cloneNode(true),focusable=\"a[href],button,input,select,textarea,[tabindex]\",",
    "focused=[].indexOf.call(live.querySelectorAll(focusable),d.activeElement);",
    "page.querySelectorAll(\"input,select,textarea\").forEach(function(el){",
    "var typed=el.id&&d.getElementById(el.id);if(!typed)return;",
    "if(el.type===\"checkbox\"||el.type===\"radio\")el.checked=typed.checked;else el.value=typed.value});",
    // The form goes back to plain HTML: the browser checks it, and it sends wherever it has an endpoint.
    "page.querySelectorAll(\"form\").forEach(function(f){f.noValidate=false;",
    "f.querySelectorAll(\"button[type=submit]\").forEach(function(b){b.disabled=!f.getAttribute(\"action\")})});",
    // In-page links (the error summary's) would resolve against <base href> and leave the page.
    "page.querySelectorAll(\"a[href^='#']\").forEach(function(a){",
    "a.setAttribute(\"href\",location.pathname+location.search+a.getAttribute(\"href\"))});",
    "r.classList.remove(\"js\");r.setAttribute(\"data-app\",\"failed\");live.replaceWith(page);",
    "var again=page.querySelectorAll(focusable)[focused];if(again)again.focus();",
    "addEventListener(\"click\",function(e){e.stopImmediatePropagation()},true);",
    "var shown=location.pathname;addEventListener(\"popstate\",function(){",
    "if(location.pathname!==shown)location.reload()})}",
    "function crashed(e){if(e instanceof WebAssembly.RuntimeError)fail()}",
    "addEventListener(\"error\",function(e){crashed(e.error)});",
    "addEventListener(\"unhandledrejection\",function(e){crashed(e.reason)});",
    "addEventListener(\"load\",function(){",
    "{chunk}",
    "var w=fetch(\"{wasm}\");import(\"{split}\").catch(fail);",
    "import(\"{js}\").then(function(m){return m.default({module_or_path:w})}).catch(fail)})})();",
);

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
        for path in ["/join/", "/fr/adhesion/"] {
            assert_eq!(
                Loads::for_page(Some(path)).chunk,
                Some("split_join_page.wasm")
            );
        }
        assert_eq!(
            Loads::for_page(Some("/fr/conseil/")).chunk,
            Some("split_directors_page.wasm")
        );
        for path in [Some("/"), Some("/fr/"), Some("/work/join/"), None] {
            assert_eq!(Loads::for_page(path), Loads::APP);
        }
        let join = t.loader_script(Loads::for_page(Some("/join/")));
        let after_load = &join[join.find("addEventListener(\"load\"").unwrap()..];
        assert!(after_load.contains("l.href=\"/itpo/app-123/split_join_page.wasm\""));
        assert!(!after_load.contains("split_directors_page"));
        assert!(!t.loader_script(Loads::APP).contains("split_"));
        assert_eq!(t.loader_scripts().len(), 3);
        // Shared chunks come with either page's chunk, never alone.
        let t = TrunkOutput {
            shared_chunks: vec!["chunk_3.wasm".into()],
            ..trunk()
        };
        assert!(t
            .loader_script(Loads::for_page(Some("/directors/")))
            .contains("l.href=\"/itpo/app-123/chunk_3.wasm\""));
        assert!(!t.loader_script(Loads::APP).contains("chunk_3"));
        // The glue, the splitter's loader and the wasm are all asked for at once.
        for part in [
            "import(\"/itpo/app-123/itpo-site.js\")",
            "import(\"/itpo/app-123/__wasm_split.js\")",
            "fetch(\"/itpo/app-123/itpo-site_bg.wasm\")",
        ] {
            assert!(after_load.contains(part), "{part}");
        }
    }
}
