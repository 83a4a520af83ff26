//! Turning trunk's output into a static site: one HTML document per route
//! around the prerendered body, the `_headers` file, `robots.txt` and
//! `sitemap.xml`. Pure string work, unit-tested natively; the rendering
//! itself is in `src/bin/prerender.rs`.

use crate::{
    content::{document_title, pages::PageMeta, ORG_NAME},
    initial::{InitialData, ELEMENT_ID},
};

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
    /// none of the app's listeners, the answers typed into the form, the
    /// "sending needs the app" note, and links left to the browser. No copy
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
    "var live=d.body,page=live.cloneNode(true);",
    "page.querySelectorAll(\"input,select,textarea\").forEach(function(el){",
    "var typed=el.id&&d.getElementById(el.id);if(!typed)return;",
    "if(el.type===\"checkbox\"||el.type===\"radio\")el.checked=typed.checked;else el.value=typed.value});",
    "page.querySelectorAll(\"button[type=submit]\").forEach(function(b){b.disabled=true});",
    "r.classList.remove(\"js\");r.setAttribute(\"data-app\",\"failed\");live.replaceWith(page);",
    "addEventListener(\"click\",function(e){e.stopImmediatePropagation()},true);",
    "var shown=location.pathname;addEventListener(\"popstate\",function(){",
    "if(location.pathname!==shown)location.reload()})}",
    "function crashed(e){if(e instanceof WebAssembly.RuntimeError)fail()}",
    "addEventListener(\"error\",function(e){crashed(e.error)});",
    "addEventListener(\"unhandledrejection\",function(e){crashed(e.reason)});",
    "addEventListener(\"load\",function(){",
    "import(\"{js}\").then(function(m){return m.default({module_or_path:\"{wasm}\"})}).catch(fail)})})();",
);

/// One page's document.
pub struct PageDocument<'a> {
    pub meta: PageMeta,
    /// Path below the base, e.g. `/story/`; `None` for the not-found page.
    pub path: Option<&'a str>,
    pub body: &'a str,
}

/// Everything every page shares.
pub struct SiteShell<'a> {
    pub trunk: &'a TrunkOutput,
    pub css: &'a str,
    pub initial: &'a InitialData,
    /// Absolute site URL ending in `/` (e.g. `https://example.org/itpo/`), when known.
    pub site_url: Option<&'a str>,
}

impl SiteShell<'_> {
    /// The page's canonical URL, which must be absolute (a relative one
    /// fails Lighthouse's SEO audit): only when the site URL is known.
    pub fn canonical(&self, path: &str) -> Option<String> {
        let site = self.site_url?;
        Some(format!("{site}{}", path.trim_start_matches('/')))
    }

    pub fn document(&self, page: &PageDocument) -> String {
        let title = escape(&document_title(page.meta.title));
        let description = escape(page.meta.description);
        let base = &self.trunk.base_href;
        let mut head = format!(
            "<meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <base href=\"{base}\">\
             <title>{title}</title>\
             <meta name=\"description\" content=\"{description}\">\
             <meta name=\"theme-color\" content=\"#0b4f6c\">\
             <meta property=\"og:type\" content=\"website\">\
             <meta property=\"og:site_name\" content=\"{}\">\
             <meta property=\"og:title\" content=\"{title}\">\
             <meta property=\"og:description\" content=\"{description}\">",
            escape(ORG_NAME)
        );
        match page.path.map(|p| self.canonical(p)) {
            Some(Some(canonical)) => {
                let canonical = escape(&canonical);
                head.push_str(&format!(
                    "<link rel=\"canonical\" href=\"{canonical}\">\
                     <meta property=\"og:url\" content=\"{canonical}\">"
                ));
            }
            Some(None) => {}
            None => head.push_str("<meta name=\"robots\" content=\"noindex\">"),
        }
        head.push_str(&format!(
            "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\
             <style>{}</style>\
             <script>{}</script>\
             <script type=\"application/json\" id=\"{ELEMENT_ID}\">{}</script>",
            self.css,
            self.trunk.loader_script(),
            self.initial.to_script_json()
        ));
        // The body must be exactly what the app renders: hydration walks it node by node.
        format!(
            "<!doctype html><html lang=\"en-CA\" data-page=\"{}\"><head>{head}</head><body>{}</body></html>\n",
            escape(page.path.unwrap_or(crate::start::NOT_FOUND_KEY)),
            page.body
        )
    }

    /// The security headers every response gets. The policy starts from
    /// `default-src 'none'` and allows only what the site uses: its own
    /// scripts and the inline loader (by hash), wasm compilation, the inlined
    /// stylesheet (by hash), its own images, and requests to itself and to
    /// any https origin, so a deployer can point `config.json` at another
    /// endpoint without touching the headers. `extra_connect` adds origins
    /// that https does not cover (a plain-http endpoint on loopback).
    pub fn security_headers(
        &self,
        extra_connect: &[String],
        hsts: bool,
    ) -> Vec<(&'static str, String)> {
        let mut connect = vec!["'self'".to_string(), "https:".to_string()];
        connect.extend(extra_connect.iter().cloned());
        let csp = [
            "default-src 'none'".to_string(),
            format!(
                "script-src 'self' 'wasm-unsafe-eval' '{}'",
                sha256_source(&self.trunk.loader_script())
            ),
            format!("style-src '{}'", sha256_source(self.css)),
            "img-src 'self'".into(),
            format!("connect-src {}", connect.join(" ")),
            "base-uri 'self'".into(),
            "form-action 'self'".into(),
            "frame-ancestors 'none'".into(),
        ]
        .join("; ");
        let mut headers = vec![
            ("Content-Security-Policy", csp),
            ("X-Content-Type-Options", "nosniff".into()),
            ("Referrer-Policy", "strict-origin-when-cross-origin".into()),
            (
                "Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()".into(),
            ),
            ("X-Frame-Options", "DENY".into()),
        ];
        if hsts {
            headers.push(("Strict-Transport-Security", HSTS_VALUE.into()));
        }
        headers
    }

    /// `_headers` for Netlify and Cloudflare Pages. Both combine the headers
    /// of every rule that matches, so `Cache-Control` is given per path and
    /// never twice for one file.
    pub fn headers_file(&self, page_paths: &[&str], security: &[(&str, String)]) -> String {
        let base = &self.trunk.base_href;
        let mut out = format!(
            "# Written by the prerenderer (src/static_site.rs) for Netlify and Cloudflare Pages.\n{base}*\n"
        );
        for (name, value) in security {
            out.push_str(&format!("  {name}: {value}\n"));
        }
        for asset in self.immutable_assets() {
            out.push_str(&format!("{asset}\n  Cache-Control: {IMMUTABLE}\n"));
        }
        let fresh = page_paths
            .iter()
            .map(|p| format!("{base}{}", p.trim_start_matches('/')))
            .chain(
                [
                    "404.html",
                    crate::config::FILE,
                    crate::content::directors::DATA_FILE,
                ]
                .iter()
                .map(|f| format!("{base}{f}")),
            );
        for path in fresh {
            out.push_str(&format!("{path}\n  Cache-Control: no-cache\n"));
        }
        out
    }

    /// The same security headers as nginx `add_header` lines, for the
    /// `include` in docs/deployment.md: its hashes always match this build.
    pub fn nginx_headers(&self, security: &[(&str, String)]) -> String {
        let mut out = String::from(
            "# Written by the prerenderer (src/static_site.rs) for nginx: include it in each\n\
             # location (see docs/deployment.md). Its hashes match this build only.\n",
        );
        for (name, value) in security {
            out.push_str(&format!("add_header {name} \"{value}\" always;\n"));
        }
        out
    }

    fn immutable_assets(&self) -> [&String; 3] {
        [
            &self.trunk.js_href,
            &self.trunk.wasm_href,
            &self.trunk.css_href,
        ]
    }
}

/// The nginx include the build writes beside the pages.
pub const NGINX_HEADERS_FILE: &str = "nginx-headers.conf";

/// One year, without `includeSubDomains`: ITPO's other hosts are not known here.
pub const HSTS_VALUE: &str = "max-age=31536000";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub fn robots_txt(site_url: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(site) = site_url {
        out.push_str(&format!("Sitemap: {site}sitemap.xml\n"));
    }
    out
}

pub fn sitemap_xml(site_url: &str, page_paths: &[&str]) -> String {
    let urls: String = page_paths
        .iter()
        .map(|p| {
            format!(
                "  <url><loc>{}{}</loc></url>\n",
                escape(site_url),
                escape(p.trim_start_matches('/'))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}

/// Normalises a site URL given at build time: absolute http(s), ending in `/`.
pub fn site_url(raw: &str) -> Result<Option<String>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if !(raw.starts_with("https://") || raw.starts_with("http://")) {
        return Err(format!(
            "SITE_URL {raw:?} must start with https:// or http://"
        ));
    }
    Ok(Some(if raw.ends_with('/') {
        raw.to_string()
    } else {
        format!("{raw}/")
    }))
}

/// The origin (`scheme://host[:port]`) of an absolute URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("{scheme}://{host}"))
}

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A CSP source expression for an inline element's exact text.
pub fn sha256_source(text: &str) -> String {
    format!("sha256-{}", base64(&sha256(text.as_bytes())))
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// SHA-256 (FIPS 180-4). Small and only run at build time, so the site
/// needs no crypto crate for its CSP hashes.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (a, b) in h.iter_mut().zip(v) {
            *a = a.wrapping_add(b);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pages;

    const TRUNK_HTML: &str = r#"<!doctype html><html><head>
  <base href="/itpo/">
  <link rel="stylesheet" href="/itpo/main-abc.css" integrity="sha384-x"/>
<script type="module">
import init, * as bindings from '/itpo/itpo-site-123.js';
const wasm = await init({ module_or_path: '/itpo/itpo-site-123_bg.wasm' });
</script></head><body><noscript>x</noscript></body></html>"#;

    fn trunk() -> TrunkOutput {
        TrunkOutput::parse(TRUNK_HTML).unwrap()
    }

    fn shell<'a>(
        trunk: &'a TrunkOutput,
        initial: &'a InitialData,
        site_url: Option<&'a str>,
    ) -> SiteShell<'a> {
        SiteShell {
            trunk,
            css: "body{}",
            initial,
            site_url,
        }
    }

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

    #[test]
    fn documents_carry_meta_canonical_styles_and_the_late_loader() {
        let t = trunk();
        let initial = InitialData::default();
        let shell = shell(&t, &initial, Some("https://example.org/itpo/"));
        let doc = shell.document(&PageDocument {
            meta: pages::STORY,
            path: Some("/story/"),
            body: "<main>hi</main>",
        });
        assert!(doc.contains("<title>Our Story | ITPO</title>"));
        assert!(doc.contains("<link rel=\"canonical\" href=\"https://example.org/itpo/story/\">"));
        assert!(doc.contains("og:url\" content=\"https://example.org/itpo/story/\""));
        assert!(doc.contains("<style>body{}</style>"));
        assert!(doc.contains("addEventListener(\"load\""));
        assert!(!doc.contains("modulepreload") && !doc.contains("rel=\"preload\""));
        assert!(doc.ends_with("<body><main>hi</main></body></html>\n"));
        let not_found = shell.document(&PageDocument {
            meta: pages::NOT_FOUND,
            path: None,
            body: "",
        });
        assert!(!not_found.contains("canonical") && not_found.contains("noindex"));
        assert!(doc.contains("<html lang=\"en-CA\" data-page=\"/story/\">"));
        assert!(not_found.contains(&format!("data-page=\"{}\"", crate::start::NOT_FOUND_KEY)));
        // Without a site URL there is no canonical link at all: a relative one fails SEO audits.
        let unknown_site = SiteShell {
            site_url: None,
            ..shell
        };
        let doc = unknown_site.document(&PageDocument {
            meta: pages::JOIN,
            path: Some("/join/"),
            body: "",
        });
        assert!(!doc.contains("canonical") && !doc.contains("og:url"));
        assert_eq!(unknown_site.canonical("/join/"), None);
    }

    #[test]
    fn headers_are_exactly_the_documented_set() {
        let t = trunk();
        let initial = InitialData::default();
        let shell = shell(&t, &initial, None);
        let security = shell.security_headers(&["http://127.0.0.1:8787".into()], true);
        let h = shell.headers_file(&["/", "/story/"], &security);
        let csp = format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' '{}'; style-src '{}'; \
             img-src 'self'; connect-src 'self' https: http://127.0.0.1:8787; base-uri 'self'; \
             form-action 'self'; frame-ancestors 'none'",
            sha256_source(&t.loader_script()),
            sha256_source("body{}")
        );
        let expected = format!(
            "# Written by the prerenderer (src/static_site.rs) for Netlify and Cloudflare Pages.\n\
             /itpo/*\n  Content-Security-Policy: {csp}\n  X-Content-Type-Options: nosniff\n  \
             Referrer-Policy: strict-origin-when-cross-origin\n  \
             Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n  \
             X-Frame-Options: DENY\n  Strict-Transport-Security: max-age=31536000\n\
             /itpo/itpo-site-123.js\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/itpo-site-123_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/main-abc.css\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/\n  Cache-Control: no-cache\n/itpo/story/\n  Cache-Control: no-cache\n\
             /itpo/404.html\n  Cache-Control: no-cache\n/itpo/config.json\n  Cache-Control: no-cache\n\
             /itpo/directors.json\n  Cache-Control: no-cache\n"
        );
        assert_eq!(h, expected);
        let nginx = shell.nginx_headers(&security);
        assert!(nginx.contains(&format!(
            "add_header Content-Security-Policy \"{csp}\" always;\n"
        )));
        assert!(
            nginx.contains("add_header Strict-Transport-Security \"max-age=31536000\" always;\n")
        );
        assert_eq!(nginx.matches("add_header").count(), 6);
        // HSTS can be left out; nothing else changes.
        let without = shell.security_headers(&[], false);
        assert!(without
            .iter()
            .all(|(n, _)| *n != "Strict-Transport-Security"));
        assert_eq!(without.len(), 5);
    }

    #[test]
    fn sha256_matches_known_vectors() {
        let hex = |b: [u8; 32]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hex(sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex(sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let long = "a".repeat(1000);
        assert_eq!(
            hex(sha256(long.as_bytes())),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
        );
        assert_eq!(
            sha256_source("abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }

    #[test]
    fn robots_sitemap_and_urls() {
        assert_eq!(robots_txt(None), "User-agent: *\nAllow: /\n");
        assert!(robots_txt(Some("https://e.org/")).contains("Sitemap: https://e.org/sitemap.xml"));
        let map = sitemap_xml("https://e.org/itpo/", &["/", "/join/"]);
        assert!(
            map.contains("<loc>https://e.org/itpo/</loc>")
                && map.contains("<loc>https://e.org/itpo/join/</loc>")
        );
        assert_eq!(
            site_url("https://e.org/itpo").unwrap().as_deref(),
            Some("https://e.org/itpo/")
        );
        assert_eq!(site_url("  ").unwrap(), None);
        assert!(site_url("e.org").is_err());
        assert_eq!(
            origin_of("https://formspree.io/f/x").as_deref(),
            Some("https://formspree.io")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8787/join").as_deref(),
            Some("http://127.0.0.1:8787")
        );
        assert_eq!(origin_of("/join"), None);
        assert_eq!(escape("a<b>\"&"), "a&lt;b&gt;&quot;&amp;");
    }
}
