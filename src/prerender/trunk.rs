//! What the prerenderer takes from trunk's `index.html` (the asset URLs it
//! chose), and the one inline script each page carries instead of trunk's.

/// What the prerenderer takes from trunk's `index.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrunkOutput {
    /// `<base href>`, e.g. `/` or `/itpo/`.
    pub base_href: String,
    pub css_href: String,
    pub js_href: String,
    pub wasm_href: String,
}

impl TrunkOutput {
    /// Reads the asset URLs out of trunk's generated `index.html`.
    pub fn parse(html: &str) -> Result<TrunkOutput, String> {
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
        let quoted_after = |markers: &[&str]| -> Option<String> {
            let mut at = 0;
            for m in markers {
                at += html[at..].find(m)? + m.len();
            }
            let rest = &html[at..];
            let open = rest.find(['\'', '"'])?;
            let quote = rest[open..].chars().next()?;
            let close = rest[open + 1..].find(quote)? + open + 1;
            Some(rest[open + 1..close].to_string())
        };
        let missing =
            |what: &str| format!("trunk's index.html has no {what} (already prerendered?)");
        Ok(TrunkOutput {
            base_href: attr_of_tag("<base", "", "href").ok_or_else(|| missing("<base href>"))?,
            css_href: attr_of_tag("<link", "stylesheet", "href")
                .ok_or_else(|| missing("stylesheet"))?,
            js_href: quoted_after(&["import init", "from"])
                .ok_or_else(|| missing("loader import"))?,
            wasm_href: quoted_after(&["module_or_path", ":"])
                .ok_or_else(|| missing("wasm path"))?,
        })
    }

    /// The one inline script. It marks scripting on (so CSS can hide the
    /// no-script notes), defines what Leptos hydration expects, and fetches
    /// the app only after the page has loaded, so it never competes with
    /// first paint. If the app cannot start or dies later (a blocked or
    /// failed download, a panic, which in wasm is a `RuntimeError`), it
    /// swaps the body for a copy of itself: the page as shown (a panic while
    /// adopting the HTML leaves it as it was: hydration only attaches), with
    /// none of the app's listeners, the answers typed into the form and the
    /// focus where it was, the "sending needs the app" note, and links left
    /// to the browser. No copy
    /// is made up front: on a long page that costs main-thread time at load.
    pub fn loader_script(&self) -> String {
        LOADER
            .replace("{js}", &self.js_href)
            .replace("{wasm}", &self.wasm_href)
    }
}

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
    "import(\"{js}\").then(function(m){return m.default({module_or_path:\"{wasm}\"})}).catch(fail)})})();",
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
                js_href: "/itpo/itpo-site-123.js".into(),
                wasm_href: "/itpo/itpo-site-123_bg.wasm".into(),
            }
        );
        assert!(TrunkOutput::parse("<html><body>already done</body></html>")
            .unwrap_err()
            .contains("already"));
    }
}
