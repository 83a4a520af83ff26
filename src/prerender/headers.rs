//! The headers the build ships: `_headers` for Netlify and Cloudflare
//! Pages, the same security headers as an nginx include and an Apache
//! `.htaccess`, and the policy every page also carries in a meta tag. Every
//! value goes through `header_value` before it is written, so nothing a
//! deployer typed can add a header or change a server's configuration.

use base64::Engine;
use sha2::{Digest, Sha256};

use super::{
    admin::{admin_directives, ADMIN_FOLDER},
    document::SiteShell,
    policy::{join_policy, meta_only},
};
use crate::join::settings::JoinConfig;

/// The origins the policy names besides `'self'`: the join endpoint's (when
/// it is not a path on this site) and `redirect_origins`, each parsed as a
/// URL and written as the browser writes an origin (`https://host[:port]`,
/// the default port left out). None without an endpoint.
pub fn policy_origins(join: Option<&JoinConfig>) -> Result<Vec<String>, String> {
    let Some(join) = join else {
        return Ok(Vec::new());
    };
    let endpoint = (!join.endpoint.starts_with('/')).then_some(&join.endpoint);
    let mut origins: Vec<String> = Vec::new();
    for url in endpoint.into_iter().chain(&join.redirect_origins) {
        let parsed = url::Url::parse(url)
            .map_err(|e| format!("\"{}\" is not a URL: {e}", url.escape_debug()))?;
        let origin = parsed.origin().ascii_serialization();
        header_value(&origin)?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(origins)
}

/// A value as it may be written into `_headers`, the nginx include and
/// `.htaccess`: printable ASCII with nothing any of the three would read
/// specially. A line break would start a new header (`_headers`) or
/// directive; `"` and `\\` end or escape the quoted value (nginx, Apache);
/// `$` starts an nginx variable and `%` an Apache format specifier.
pub fn header_value(value: &str) -> Result<&str, String> {
    match value
        .chars()
        .find(|c| !(' '..='~').contains(c) || "\"\\$%".contains(*c))
    {
        None => Ok(value),
        Some(c) => Err(format!(
            "the header value \"{}\" holds {c:?}, which the header files cannot carry safely",
            value.escape_debug()
        )),
    }
}

impl SiteShell<'_> {
    /// The Content-Security-Policy, directive by directive. It starts from
    /// `default-src 'none'` and allows only what the site uses: its own
    /// scripts and the inline loader (by hash), wasm compilation, the inlined
    /// stylesheet (by hash), its own images, and requests and form posts to
    /// itself and to the join endpoint the build was given (`policy_origins`),
    /// nowhere else: a changed endpoint needs a rebuild, as the plain form's
    /// `action` does. `form-action` also governs where the endpoint may
    /// redirect a plain send (Chrome enforces it on redirects): to the site's
    /// thank-you page (`'self'`), the endpoint's own origin, or an origin
    /// listed in `join.redirect_origins`.
    fn csp_directives(&self) -> Vec<(&'static str, String)> {
        let reach = std::iter::once("'self'")
            .chain(self.policy_origins.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        vec![
            ("default-src", "'none'".into()),
            (
                "script-src",
                format!(
                    "'self' 'wasm-unsafe-eval' {}",
                    self.trunk
                        .loader_scripts()
                        .iter()
                        .map(|script| format!("'{}'", sha256_source(script)))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
            ),
            ("style-src", format!("'{}'", sha256_source(self.css))),
            ("img-src", "'self'".into()),
            ("connect-src", reach.clone()),
            ("base-uri", "'self'".into()),
            ("form-action", reach),
            ("frame-ancestors", "'none'".into()),
        ]
    }

    /// The policy as every page carries it in `<meta http-equiv>`, for hosts
    /// that send no headers (GitHub Pages): the same, less what a meta tag
    /// cannot carry (`frame-ancestors`; browsers ignore it there and say so).
    /// Where the headers are sent too, both hold, and they agree.
    pub fn meta_policy(&self) -> String {
        meta_only(self.csp_directives())
    }

    /// The headers the build ships, in three sets (see `HeaderSets`).
    /// `Cross-Origin-Opener-Policy` keeps a page opened from another site
    /// from reaching back into this one.
    pub fn security_headers(&self, hsts: bool) -> HeaderSets {
        let mut every_file = vec![
            ("X-Content-Type-Options", "nosniff".into()),
            ("Referrer-Policy", "strict-origin-when-cross-origin".into()),
            (
                "Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()".into(),
            ),
            ("X-Frame-Options", "DENY".into()),
        ];
        if hsts {
            every_file.push(("Strict-Transport-Security", HSTS_VALUE.into()));
        }
        HeaderSets {
            every_file,
            pages: vec![
                (
                    "Content-Security-Policy",
                    join_policy(self.csp_directives()),
                ),
                ("Cross-Origin-Opener-Policy", "same-origin".into()),
            ],
            admin: vec![
                ("Content-Security-Policy", join_policy(admin_directives())),
                // A "Sign in with GitHub" relay (docs/editing.md) answers from a window the
                // editor opened, so the editor keeps its link to the windows it opens.
                (
                    "Cross-Origin-Opener-Policy",
                    "same-origin-allow-popups".into(),
                ),
            ],
        }
    }

    /// `_headers` for Netlify and Cloudflare Pages. Both combine the headers
    /// of every rule that matches a path, and two policies would both hold,
    /// so the pages' policy is given on each page's own rule (with its
    /// `Cache-Control`), the editor's on `admin/*`, and only what every file
    /// gets on `*`. A page with pages below it (Our work and its posts) is
    /// one `folder/*` rule, so the number of rules stays the same however
    /// many posts there are (Cloudflare Pages reads at most 100). Any other
    /// address (the not-found page under an unknown path) has the policy from
    /// its meta tag.
    pub fn headers_file(
        &self,
        page_paths: &[String],
        headers: &HeaderSets,
    ) -> Result<String, String> {
        let base = &self.trunk.base_href;
        let mut out = String::from(
            "# Written by the prerenderer (src/prerender/headers.rs) for Netlify and Cloudflare Pages.\n",
        );
        let mut rule =
            |path: &str, headers: &[(&str, String)], cache: &str| -> Result<(), String> {
                out.push_str(&format!("{}\n", header_value(&format!("{base}{path}"))?));
                for (name, value) in headers {
                    out.push_str(&format!("  {name}: {}\n", header_value(value)?));
                }
                if !cache.is_empty() {
                    out.push_str(&format!("  Cache-Control: {cache}\n"));
                }
                Ok(())
            };
        rule("*", &headers.every_file, "")?;
        for asset in self.immutable_assets() {
            rule(
                asset.strip_prefix(base.as_str()).unwrap_or(&asset),
                &[],
                IMMUTABLE,
            )?;
        }
        for path in page_paths
            .iter()
            .map(|p| p.trim_start_matches('/'))
            .chain(["404.html"])
        {
            rule(path, &headers.pages, "no-cache")?;
        }
        let calendars = crate::lang::Lang::ALL
            .map(|lang| super::calendar::feed_path(lang).trim_start_matches('/'));
        for path in crate::data::LIVE_FILES
            .iter()
            .chain(&["data/*", "feed.xml", "cards/*"])
            .chain(&calendars)
        {
            rule(path, &[], "no-cache")?;
        }
        rule(&format!("{ADMIN_FOLDER}/*"), &headers.admin, "no-cache")?;
        Ok(out)
    }

    /// The security headers as nginx `add_header` lines, for the `include`s
    /// in docs/deployment.md: `nginx-headers.conf` for the site, and
    /// `nginx-admin-headers.conf` for the content editor's `location`. Their
    /// hashes always match this build.
    pub fn nginx_headers(&self, headers: &HeaderSets) -> Result<[String; 2], String> {
        let include = |set: &[(&str, String)], what: &str| -> Result<String, String> {
            let mut out = format!(
                "# Written by the prerenderer (src/prerender/headers.rs) for nginx: include it in each\n\
                 # location {what} (see docs/deployment.md). Its hashes match this build only.\n"
            );
            for (name, value) in headers.every_file.iter().chain(set) {
                out.push_str(&format!(
                    "add_header {name} \"{}\" always;\n",
                    header_value(value)?
                ));
            }
            Ok(out)
        };
        Ok([
            include(&headers.pages, "of the site")?,
            include(&headers.admin, &format!("/{ADMIN_FOLDER}/"))?,
        ])
    }

    /// `.htaccess` for Apache 2.4 shared hosting (`AllowOverride All`): the
    /// same security and cache headers as `_headers` (the editor's under
    /// `admin/`), the wasm type, compression, the not-found page (under the
    /// site's path), and no directory listings. Each part is guarded by
    /// `<IfModule>`, so a host without a module still serves the site;
    /// `/story` → `/story/` is mod_dir's own redirect.
    pub fn htaccess(&self, headers: &HeaderSets) -> Result<String, String> {
        let base = header_value(&self.trunk.base_href)?;
        let mut out = format!(
            "# Written by the prerenderer (src/prerender/headers.rs) for Apache 2.4 (shared hosting).\n\
             # Upload it with the rest of dist/: its hashes match this build only.\n\
             ErrorDocument 404 {base}404.html\n\
             <IfModule mod_dir.c>\n  DirectoryIndex index.html\n</IfModule>\n\
             <IfModule mod_autoindex.c>\n  Options -Indexes\n</IfModule>\n\
             <IfModule mod_mime.c>\n  AddType application/wasm .wasm\n  \
             AddType application/atom+xml .xml\n  AddType text/calendar .ics\n  \
             AddCharset utf-8 .html .css .js .json .xml .txt .ics\n</IfModule>\n\
             <IfModule mod_deflate.c>\n  <IfModule mod_filter.c>\n    AddOutputFilterByType DEFLATE {COMPRESSED}\n  \
             </IfModule>\n</IfModule>\n<IfModule mod_headers.c>\n"
        );
        let set = |out: &mut String, set: &[(&str, String)], indent: &str| -> Result<(), String> {
            for (name, value) in set {
                out.push_str(&format!(
                    "{indent}Header always set {name} \"{}\"\n",
                    header_value(value)?
                ));
            }
            Ok(())
        };
        set(&mut out, &headers.every_file, "  ")?;
        out.push_str(&format!(
            "  <If \"%{{REQUEST_URI}} =~ m#^{}#\">\n",
            regex_escape(&format!("{base}{ADMIN_FOLDER}/"))
        ));
        set(&mut out, &headers.admin, "    ")?;
        out.push_str("  </If>\n  <Else>\n");
        set(&mut out, &headers.pages, "    ")?;
        out.push_str("  </Else>\n");
        let [app, css] = self.immutable_assets();
        let app = app.trim_end_matches('*');
        out.push_str(&format!(
            "  Header set Cache-Control \"no-cache\"\n  \
             <If \"%{{REQUEST_URI}} =~ m#^{}# || %{{REQUEST_URI}} == '{css}'\">\n    \
             Header set Cache-Control \"{IMMUTABLE}\"\n  </If>\n</IfModule>\n",
            regex_escape(app)
        ));
        Ok(out)
    }

    /// Every file here is named by its content's hash, or lies in a folder that is.
    fn immutable_assets(&self) -> [String; 2] {
        [
            format!("{}*", self.trunk.app_href),
            self.trunk.css_href.clone(),
        ]
    }
}

/// The three sets of headers the build ships: what every file gets, what the site's pages get
/// (their policy and opener policy), and what the content editor at `/admin/` gets instead
/// (its own, `admin_directives`).
pub struct HeaderSets {
    pub every_file: Vec<(&'static str, String)>,
    pub pages: Vec<(&'static str, String)>,
    pub admin: Vec<(&'static str, String)>,
}

/// What Apache compresses where it can (`mod_deflate`).
const COMPRESSED: &str = "text/html text/css text/javascript application/javascript \
    application/json application/wasm image/svg+xml application/xml application/atom+xml text/plain";

/// A path as a literal in an Apache regular expression.
fn regex_escape(path: &str) -> String {
    path.chars()
        .flat_map(|c| match c {
            '.' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '^' | '$' | '|' | '\\' | '*' => {
                vec!['\\', c]
            }
            c => vec![c],
        })
        .collect()
}

/// The Apache file the build writes beside the pages.
pub const HTACCESS_FILE: &str = ".htaccess";

/// The nginx include the build writes beside the pages.
pub const NGINX_HEADERS_FILE: &str = "nginx-headers.conf";

/// The nginx include for the content editor's `location`.
pub const NGINX_ADMIN_HEADERS_FILE: &str = "nginx-admin-headers.conf";

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
            document::{PageDocument, SiteShell},
            fixtures::{shell, trunk},
            trunk::TrunkOutput,
        },
        routes::AppPage,
    };

    /// A plain-http endpoint on loopback: the policy names it, and nothing else.
    fn loopback_endpoint() -> [String; 1] {
        ["http://127.0.0.1:8787".to_string()]
    }

    fn with_origins<'a>(
        t: &'a TrunkOutput,
        data: &'a DataFiles,
        origins: &'a [String],
    ) -> SiteShell<'a> {
        SiteShell {
            policy_origins: origins,
            ..shell(t, data, None)
        }
    }

    fn pages(paths: &[&str]) -> Vec<String> {
        paths.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn headers_are_exactly_the_documented_set() {
        let (t, data, extra) = (trunk(), DataFiles::default(), loopback_endpoint());
        let shell = with_origins(&t, &data, &extra);
        let security = shell.security_headers(true);
        let h = shell
            .headers_file(&pages(&["/", "/story/", "/work/*"]), &security)
            .unwrap();
        let csp = format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' '{}' '{}' '{}'; style-src '{}'; \
             img-src 'self'; connect-src 'self' http://127.0.0.1:8787; base-uri 'self'; \
             form-action 'self' http://127.0.0.1:8787; frame-ancestors 'none'",
            sha256_source(&t.loader_script(None)),
            sha256_source(&t.loader_script(Some(AppPage::Join))),
            sha256_source(&t.loader_script(Some(AppPage::Directors))),
            sha256_source("body{}")
        );
        let page = format!(
            "  Content-Security-Policy: {csp}\n  Cross-Origin-Opener-Policy: same-origin\n  \
             Cache-Control: no-cache\n"
        );
        let admin = join_policy(admin_directives());
        let expected = format!(
            "# Written by the prerenderer (src/prerender/headers.rs) for Netlify and Cloudflare Pages.\n\
             /itpo/*\n  X-Content-Type-Options: nosniff\n  \
             Referrer-Policy: strict-origin-when-cross-origin\n  \
             Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n  \
             X-Frame-Options: DENY\n  Strict-Transport-Security: max-age=31536000\n\
             /itpo/app-123/*\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/main-abc.css\n  Cache-Control: public, max-age=31536000, immutable\n\
             /itpo/\n{page}/itpo/story/\n{page}/itpo/work/*\n{page}/itpo/404.html\n{page}\
             /itpo/config.json\n  Cache-Control: no-cache\n\
             /itpo/directors.json\n  Cache-Control: no-cache\n/itpo/data/*\n  Cache-Control: no-cache\n\
             /itpo/feed.xml\n  Cache-Control: no-cache\n\
             /itpo/cards/*\n  Cache-Control: no-cache\n\
             /itpo/events.ics\n  Cache-Control: no-cache\n\
             /itpo/fr/evenements.ics\n  Cache-Control: no-cache\n\
             /itpo/admin/*\n  Content-Security-Policy: {admin}\n  \
             Cross-Origin-Opener-Policy: same-origin-allow-popups\n  Cache-Control: no-cache\n"
        );
        assert_eq!(h, expected);
        let [nginx, nginx_admin] = shell.nginx_headers(&security).unwrap();
        assert!(nginx.contains(&format!(
            "add_header Content-Security-Policy \"{csp}\" always;\n"
        )));
        assert!(nginx_admin.contains(&format!(
            "add_header Content-Security-Policy \"{admin}\" always;\n"
        )));
        for include in [&nginx, &nginx_admin] {
            assert!(include
                .contains("add_header Strict-Transport-Security \"max-age=31536000\" always;\n"));
            assert_eq!(include.matches("add_header").count(), 7);
        }
        // HSTS can be left out; nothing else changes.
        let without = shell.security_headers(false);
        assert_eq!(without.every_file.len(), 4);
        assert_eq!(without.pages, security.pages);
        // The page's own copy of the policy is the same, less what a meta tag cannot carry.
        assert_eq!(
            shell.meta_policy(),
            csp.replace("; frame-ancestors 'none'", "")
        );
    }

    #[test]
    fn every_delivery_carries_the_same_policy() {
        let (t, data, extra) = (trunk(), DataFiles::default(), loopback_endpoint());
        let shell = with_origins(&t, &data, &extra);
        let security = shell.security_headers(true);
        let policy = security.pages[0].1.clone();
        let admin = security.admin[0].1.clone();
        let line_value = |text: &str, prefix: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.trim().strip_prefix(prefix))
                .map(|v| v.trim_end_matches(" always;").trim_matches('"').to_string())
                .collect()
        };
        let headers = line_value(
            &shell.headers_file(&pages(&["/"]), &security).unwrap(),
            "Content-Security-Policy: ",
        );
        let [site_include, admin_include] = shell.nginx_headers(&security).unwrap();
        let nginx = [
            line_value(&site_include, "add_header Content-Security-Policy "),
            line_value(&admin_include, "add_header Content-Security-Policy "),
        ]
        .concat();
        let htaccess = shell.htaccess(&security).unwrap();
        let apache = line_value(&htaccess, "Header always set Content-Security-Policy ");
        // The page rule and the not-found page's, then the editor's.
        assert_eq!(headers, [policy.clone(), policy.clone(), admin.clone()]);
        assert_eq!(nginx, [policy.clone(), admin.clone()]);
        // Apache: the editor's under admin/, the site's everywhere else.
        assert_eq!(apache, [admin.clone(), policy.clone()]);
        assert!(htaccess.contains(
            "  <If \"%{REQUEST_URI} =~ m#^/itpo/admin/#\">\n    Header always set Content-Security-Policy"
        ));
        // Every other header too, on both servers.
        for (name, value) in security.every_file.iter().chain(&security.pages) {
            assert!(
                htaccess.contains(&format!("Header always set {name} \"{value}\"")),
                "{name}"
            );
        }
        // The pages' own copy: the same directives, frame-ancestors aside.
        let doc = shell.document(&PageDocument {
            meta: crate::content::pages(crate::lang::Lang::En).story,
            address: &crate::address::Address::Page(
                crate::routes::Page::Story,
                crate::lang::Lang::En,
            ),
            body: "",
            card: None,
        });
        let meta = doc
            .split("<meta http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .replace("&#x27;", "'");
        let directives = |p: &str| -> Vec<String> { p.split("; ").map(String::from).collect() };
        let mut want = directives(&policy);
        want.retain(|d| !d.starts_with("frame-ancestors"));
        assert_eq!(directives(&meta), want);
        // It comes before anything it governs.
        assert!(doc.find("http-equiv").unwrap() < doc.find("<style>").unwrap());
        assert!(doc.find("http-equiv").unwrap() < doc.find("<script>").unwrap());
    }

    #[test]
    fn htaccess_guards_each_module_and_names_the_not_found_page_under_the_base() {
        let t = trunk();
        let data = DataFiles::default();
        let shell = shell(&t, &data, None);
        let htaccess = shell.htaccess(&shell.security_headers(false)).unwrap();
        assert!(htaccess.contains("ErrorDocument 404 /itpo/404.html\n"));
        assert!(htaccess.contains("AddType application/wasm .wasm"));
        assert!(htaccess.contains("AddType text/calendar .ics"));
        assert!(htaccess.contains("m#^/itpo/app-123/#"));
        assert!(htaccess.contains("%{REQUEST_URI} == '/itpo/main-abc.css'"));
        // Every directive a module gives is inside that module's guard.
        let opened = htaccess.matches("<IfModule").count();
        assert_eq!(opened, htaccess.matches("</IfModule>").count());
        for line in htaccess.lines().map(str::trim) {
            let core = ["#", "ErrorDocument", "<IfModule", "</IfModule>"];
            let guarded = htaccess
                .split("<IfModule")
                .skip(1)
                .any(|block| block.contains(line));
            assert!(
                core.iter().any(|c| line.starts_with(c)) || guarded,
                "{line}"
            );
        }
    }

    #[test]
    fn without_an_endpoint_the_policy_reaches_only_the_site() {
        let (t, data) = (trunk(), DataFiles::default());
        let shell = shell(&t, &data, None);
        let policy = shell.meta_policy();
        assert!(policy.contains("connect-src 'self';"), "{policy}");
        assert!(policy.contains("form-action 'self'"), "{policy}");
        assert!(!policy.contains("https:"), "{policy}");
    }

    #[test]
    fn the_policy_names_the_endpoints_origin_and_the_listed_ones() {
        let join = |endpoint: &str, others: &str| {
            let section = crate::json::parse_value(&format!(
                r#"{{"endpoint":"{endpoint}","redirect_origins":[{others}]}}"#
            ))
            .unwrap();
            crate::join::settings::parse(&section).unwrap()
        };
        assert_eq!(
            policy_origins(Some(&join(
                "https://API.Web3Forms.com:443/submit",
                r#""https://web3forms.com/""#
            ))),
            Ok(vec![
                "https://api.web3forms.com".to_string(),
                "https://web3forms.com".to_string()
            ])
        );
        assert_eq!(policy_origins(Some(&join("/api/join", ""))), Ok(vec![]));
        assert_eq!(
            policy_origins(Some(&join(
                "http://127.0.0.1:47181/join",
                r#""http://127.0.0.1:47181""#
            ))),
            Ok(vec!["http://127.0.0.1:47181".to_string()])
        );
        assert_eq!(policy_origins(None), Ok(vec![]));
    }

    /// What a hostile or mistyped value would do to each format: it is refused instead.
    #[test]
    fn no_header_file_takes_a_value_that_would_change_it() {
        let (t, data) = (trunk(), DataFiles::default());
        let shell = shell(&t, &data, None);
        let hostile = [
            // `_headers`: a new header line; nginx and Apache: the end of the quoted value.
            "https://a.example\n  Set-Cookie: x=1",
            "https://a.example\"; add_header X-Evil 1; #",
            "https://a.example\\\" always",
            "https://$host.example",
            "https://a.example/%{HTTP_COOKIE}e",
            "https://a.example\r",
        ];
        for value in hostile {
            let security = HeaderSets {
                every_file: vec![],
                pages: vec![("Content-Security-Policy", value.to_string())],
                admin: vec![],
            };
            let files = [
                ("_headers", shell.headers_file(&pages(&["/"]), &security)),
                (
                    "nginx",
                    shell.nginx_headers(&security).map(|[site, _]| site),
                ),
                (".htaccess", shell.htaccess(&security)),
            ];
            for (format, written) in files {
                assert!(written.is_err(), "{format} took {value:?}");
            }
        }
        // A path is a header-file value too (`_headers`' rule lines).
        let security = shell.security_headers(false);
        assert!(shell.headers_file(&pages(&["/a\n/*"]), &security).is_err());
        assert_eq!(
            header_value("'self' https://a.example"),
            Ok("'self' https://a.example")
        );
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
