//! The headers the build ships: `_headers` for Netlify and Cloudflare
//! Pages, and the same security headers as an nginx include.

use base64::Engine;
use sha2::{Digest, Sha256};

use super::document::SiteShell;

impl SiteShell<'_> {
    /// The security headers every response gets. The policy starts from
    /// `default-src 'none'` and allows only what the site uses: its own
    /// scripts and the inline loader (by hash), wasm compilation, the inlined
    /// stylesheet (by hash), its own images, and requests and form posts to
    /// itself and to any https origin, so a deployer can point `config.json`
    /// at another endpoint without touching the headers. `form-action` also
    /// governs where the endpoint may redirect a plain send (Chrome enforces
    /// it on redirects): to the site's thank-you page (`'self'`) or the
    /// service's own https page. `extra_connect` adds origins that https does
    /// not cover (a plain-http endpoint on loopback) to both.
    pub fn security_headers(
        &self,
        extra_connect: &[String],
        hsts: bool,
    ) -> Vec<(&'static str, String)> {
        let mut connect = vec!["'self'".to_string(), "https:".to_string()];
        connect.extend(extra_connect.iter().cloned());
        let connect = connect.join(" ");
        let csp = [
            "default-src 'none'".to_string(),
            format!(
                "script-src 'self' 'wasm-unsafe-eval' {}",
                self.trunk
                    .loader_scripts()
                    .iter()
                    .map(|script| format!("'{}'", sha256_source(script)))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            format!("style-src '{}'", sha256_source(self.css)),
            "img-src 'self'".into(),
            format!("connect-src {connect}"),
            "base-uri 'self'".into(),
            format!("form-action {connect}"),
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
            "# Written by the prerenderer (src/prerender/headers.rs) for Netlify and Cloudflare Pages.\n{base}*\n"
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
                    "data/*",
                    "feed.xml",
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
            "# Written by the prerenderer (src/prerender/headers.rs) for nginx: include it in each\n\
             # location (see docs/deployment.md). Its hashes match this build only.\n",
        );
        for (name, value) in security {
            out.push_str(&format!("add_header {name} \"{value}\" always;\n"));
        }
        out
    }

    /// Every file here is named by its content's hash, or lies in a folder that is.
    fn immutable_assets(&self) -> [String; 2] {
        [
            format!("{}*", self.trunk.app_href),
            self.trunk.css_href.clone(),
        ]
    }
}

/// The nginx include the build writes beside the pages.
pub const NGINX_HEADERS_FILE: &str = "nginx-headers.conf";

/// One year, without `includeSubDomains`: ITPO's other hosts are not known here.
pub const HSTS_VALUE: &str = "max-age=31536000";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// A CSP source expression for an inline element's exact text.
pub fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        data::DataFiles,
        prerender::{
            fixtures::{shell, trunk},
            trunk::Loads,
        },
    };

    #[test]
    fn headers_are_exactly_the_documented_set() {
        let t = trunk();
        let data = DataFiles::default();
        let shell = shell(&t, &data, None);
        let security = shell.security_headers(&["http://127.0.0.1:8787".into()], true);
        let h = shell.headers_file(&["/", "/story/"], &security);
        let csp = format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' '{}' '{}' '{}'; style-src '{}'; \
             img-src 'self'; connect-src 'self' https: http://127.0.0.1:8787; base-uri 'self'; \
             form-action 'self' https: http://127.0.0.1:8787; frame-ancestors 'none'",
            sha256_source(&t.loader_script(Loads::APP)),
            sha256_source(&t.loader_script(Loads::for_page(Some("/join/")))),
            sha256_source(&t.loader_script(Loads::for_page(Some("/directors/")))),
            sha256_source("body{}")
        );
        let expected = format!(
            "# Written by the prerenderer (src/prerender/headers.rs) for Netlify and Cloudflare Pages.\n\
             /itpo/*\n  Content-Security-Policy: {csp}\n  X-Content-Type-Options: nosniff\n  \
             Referrer-Policy: strict-origin-when-cross-origin\n  \
             Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n  \
             X-Frame-Options: DENY\n  Strict-Transport-Security: max-age=31536000\n\
             /itpo/app-123/*\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/main-abc.css\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/\n  Cache-Control: no-cache\n/itpo/story/\n  Cache-Control: no-cache\n\
             /itpo/404.html\n  Cache-Control: no-cache\n/itpo/config.json\n  Cache-Control: no-cache\n\
             /itpo/directors.json\n  Cache-Control: no-cache\n/itpo/data/*\n  Cache-Control: no-cache\n\
             /itpo/feed.xml\n  Cache-Control: no-cache\n"
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
    fn hashes_match_known_vectors() {
        assert_eq!(
            sha256_source("abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
        assert_eq!(
            sha256_source(""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }
}
