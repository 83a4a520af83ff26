//! What the prerenderer takes from trunk's `index.html` (the asset URLs it
//! chose) and from the app's folder (scripts/build-app.sh), and the one
//! inline script each page carries instead of trunk's.

/// The app's files in its folder `app-<hash>/`, as scripts/build-app.sh
/// names them: wasm-bindgen's glue, the main wasm, the splitter's loader
/// (which the glue imports) and the join page's chunk (src/pages/join.rs).
pub const APP_FILES: [&str; 4] = [
    "itpo-site.js",
    "itpo-site_bg.wasm",
    "__wasm_split.js",
    "split_join_page.wasm",
];

/// What the prerenderer takes from trunk's `index.html` and the app's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrunkOutput {
    /// `<base href>`, e.g. `/` or `/itpo/`.
    pub base_href: String,
    pub css_href: String,
    /// The app's folder, e.g. `/itpo/app-0123abcd/`: every file in it is
    /// named by the folder's hash, so it can be cached for ever.
    pub app_href: String,
}

impl TrunkOutput {
    pub fn js_href(&self) -> String {
        format!("{}{}", self.app_href, APP_FILES[0])
    }

    pub fn wasm_href(&self) -> String {
        format!("{}{}", self.app_href, APP_FILES[1])
    }

    pub fn split_loader_href(&self) -> String {
        format!("{}{}", self.app_href, APP_FILES[2])
    }

    pub fn join_chunk_href(&self) -> String {
        format!("{}{}", self.app_href, APP_FILES[3])
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
        })
    }

    /// The one inline script. It marks scripting on (so CSS can hide the
    /// no-script notes), defines what Leptos hydration expects, and fetches
    /// the app only after the page has loaded, so it never competes with
    /// first paint; then all its parts at once (the glue, the splitter's
    /// loader the glue imports, the wasm, and on the join page the join
    /// chunk the app waits for before it adopts the page), not one after
    /// another as each discovers the next. If the app cannot start or dies
    /// later (a blocked or failed download, a panic, which in wasm is a
    /// `RuntimeError`), it swaps the body for a copy of itself: the page as
    /// shown (a panic while adopting the HTML leaves it as it was: hydration
    /// only attaches), with none of the app's listeners, the answers typed
    /// into the form and the focus where it was, the "sending needs the app"
    /// note, and links left to the browser. No copy is made up front: on a
    /// long page that costs main-thread time at load.
    pub fn loader_script(&self, loads: Loads) -> String {
        let join_chunk = match loads {
            Loads::App => String::new(),
            Loads::AppAndJoinChunk => {
                JOIN_CHUNK_PRELOAD.replace("{chunk}", &self.join_chunk_href())
            }
        };
        LOADER
            .replace("{join_chunk}", &join_chunk)
            .replace("{js}", &self.js_href())
            .replace("{wasm}", &self.wasm_href())
            .replace("{split}", &self.split_loader_href())
    }

    /// The loader of every page, for the CSP: one per kind of page.
    pub fn loader_scripts(&self) -> [String; 2] {
        [Loads::App, Loads::AppAndJoinChunk].map(|loads| self.loader_script(loads))
    }
}

/// What a page's loader fetches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loads {
    App,
    /// The join page's: its code is a chunk of its own (src/pages/join.rs).
    AppAndJoinChunk,
}

impl Loads {
    pub fn for_page(path: Option<&str>) -> Loads {
        match path {
            Some(p) if crate::routes::is_join(p) => Loads::AppAndJoinChunk,
            _ => Loads::App,
        }
    }
}

/// A preload the later `fetch` of the chunk (by the splitter's loader) takes up.
const JOIN_CHUNK_PRELOAD: &str = concat!(
    "var l=d.createElement(\"link\");l.rel=\"preload\";l.as=\"fetch\";l.crossOrigin=\"anonymous\";",
    "l.href=\"{chunk}\";d.head.appendChild(l);",
);

const LOADER: &str = concat!(
    "document.documentElement.classList.add(\"js\");",
    "window.__RESOLVED_RESOURCES=[];window.__SERIALIZED_ERRORS=[];window.__INCOMPLETE_CHUNKS=[];",
    "(function(){var d=document,r=d.documentElement,failed=false;",
    "function fail(){if(failed)return;failed=true;",
    "var live=d.body,page=live.cloneNode(true),focusable=\"a[href],button,input,select,textarea,[tabindex]\",",
    "focused=[].indexOf.call(live.querySelectorAll(focusable),d.activeElement);",
    "page.querySelectorAll(\"input,select,textarea\").forEach(function(el){",
    "var typed=el.id&&d.getElementById(el.id);if(!typed)return;",
    "if(el.type===\"checkbox\"||el.type===\"radio\")el.checked=typed.checked;else el.value=typed.value});",
    "page.querySelectorAll(\"button[type=submit]\").forEach(function(b){b.disabled=true});",
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
    "{join_chunk}",
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
    fn only_the_join_pages_fetch_the_join_chunk_and_both_after_load() {
        let t = trunk();
        for path in ["/join/", "/fr/adhesion/"] {
            assert_eq!(Loads::for_page(Some(path)), Loads::AppAndJoinChunk);
        }
        for path in [Some("/"), Some("/fr/"), Some("/work/join/"), None] {
            assert_eq!(Loads::for_page(path), Loads::App);
        }
        let join = t.loader_script(Loads::AppAndJoinChunk);
        let after_load = &join[join.find("addEventListener(\"load\"").unwrap()..];
        assert!(after_load.contains("l.href=\"/itpo/app-123/split_join_page.wasm\""));
        assert!(!t.loader_script(Loads::App).contains("split_join_page"));
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
