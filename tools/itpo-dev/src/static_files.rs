//! Serving the built site like a plain static host: a folder's `index.html`,
//! a redirect from `/folder` to `/folder/`, and for misses either the app's
//! `index.html` (single-page fallback) or `404.html` with status 404.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use crate::http::{Reply, Request, Response};

pub struct Site {
    pub root: PathBuf,
    /// Files here win over `root` (development or test `config.json`).
    pub overlay: Option<PathBuf>,
    pub spa_fallback: bool,
    pub gzip: bool,
    /// Apply the site's `_headers` file (Netlify / Cloudflare Pages format),
    /// so tests run under the Content-Security-Policy a deploy would send.
    pub apply_headers: bool,
}

impl Site {
    pub fn respond(&self, req: &Request) -> Reply {
        if req.method != "GET" && req.method != "HEAD" {
            return Reply::Send(
                Response::new(405, "text/plain", "method not allowed")
                    .with_header("Allow", "GET, HEAD"),
            );
        }
        let Some(rel) = safe_relative(&req.path) else {
            return Reply::Send(Response::new(400, "text/plain", "bad path"));
        };
        let mut resp = match self.find(&rel) {
            Found::File(path) => self.file(req, &path, 200),
            Found::Dir => Response::new(301, "text/plain", "")
                .with_header("Location", &folder_redirect(&req.path)),
            Found::Missing if self.spa_fallback => match self.find("index.html") {
                Found::File(index) => self.file(req, &index, 200),
                _ => Response::new(404, "text/plain", "not found"),
            },
            Found::Missing => match self.find("404.html") {
                Found::File(page) => self.file(req, &page, 404),
                _ => Response::new(404, "text/plain", "not found"),
            },
        };
        if self.apply_headers {
            if let Found::File(rules) = self.find("_headers") {
                let rules = std::fs::read_to_string(rules).unwrap_or_default();
                let given = headers_for(&rules, &req.path);
                // The file's headers replace the server's own, and add up across rules as
                // Cloudflare Pages and Netlify add them: a header two matching rules give is
                // sent once, its values joined by ", " (two policies would both hold).
                resp.headers
                    .retain(|(n, _)| !given.iter().any(|(g, _)| g.eq_ignore_ascii_case(n)));
                for (name, value) in given {
                    match resp
                        .headers
                        .iter_mut()
                        .find(|(n, _)| n.eq_ignore_ascii_case(&name))
                    {
                        Some((_, joined)) => {
                            joined.push_str(", ");
                            joined.push_str(&value);
                        }
                        None => resp.headers.push((name, value)),
                    }
                }
            }
        }
        Reply::Send(resp)
    }

    fn find(&self, rel: &str) -> Found {
        for base in self.overlay.iter().chain(std::iter::once(&self.root)) {
            let path = base.join(rel);
            if path.is_file() {
                return Found::File(path);
            }
            if path.is_dir() {
                if rel.is_empty() || rel.ends_with('/') {
                    let index = path.join("index.html");
                    if index.is_file() {
                        return Found::File(index);
                    }
                } else if path.join("index.html").is_file() {
                    return Found::Dir;
                }
            }
        }
        Found::Missing
    }

    fn file(&self, req: &Request, path: &Path, status: u16) -> Response {
        let Ok(body) = std::fs::read(path) else {
            return Response::new(500, "text/plain", "unreadable");
        };
        let content_type = content_type(path);
        let accepts_gzip = req.header("accept-encoding").is_some_and(accepts_gzip);
        let compressible = !content_type.starts_with("image/") || content_type == "image/svg+xml";
        let mut resp = if self.gzip && accepts_gzip && compressible {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            let _ = enc.write_all(&body);
            Response::new(status, content_type, enc.finish().unwrap_or_default())
                .with_header("Content-Encoding", "gzip")
        } else {
            Response::new(status, content_type, body)
        };
        resp = resp
            .with_header("Cache-Control", "no-cache")
            .with_header("Vary", "Accept-Encoding");
        resp
    }
}

/// The headers a `_headers` file gives a path: every rule whose pattern
/// matches (exactly, or by prefix when it ends in `*`), in file order.
pub fn headers_for(rules: &str, path: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut matching = false;
    for line in rules.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            let pattern = line.trim();
            matching = match pattern.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == pattern,
            };
        } else if matching {
            if let Some((name, value)) = line.trim().split_once(':') {
                out.push((name.trim().to_string(), value.trim().to_string()));
            }
        }
    }
    out
}

/// Where `/folder` is sent: `/folder/` on this site. Leading slashes are
/// folded into one, since `//host/` in a Location header means another site.
fn folder_redirect(path: &str) -> String {
    format!("/{}/", path.trim_start_matches('/'))
}

/// Whether an `Accept-Encoding` value accepts gzip: a `gzip` (or `*`) coding
/// whose quality is above zero, as RFC 9110 reads it (`gzip;q=0` refuses).
pub fn accepts_gzip(header: &str) -> bool {
    let quality = |coding: &str| {
        header.split(',').find_map(|item| {
            let mut parts = item.split(';');
            let name = parts.next()?.trim();
            if !name.eq_ignore_ascii_case(coding) {
                return None;
            }
            let q = parts
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
                .map_or(Some(1.0), |(_, v)| v.trim().parse::<f32>().ok());
            Some(q.unwrap_or(0.0))
        })
    };
    match quality("gzip") {
        Some(q) => q > 0.0,
        None => quality("*").is_some_and(|q| q > 0.0),
    }
}

enum Found {
    File(PathBuf),
    Dir,
    Missing,
}

/// The request path as a relative file path, or `None` if it tries to
/// leave the site's folder.
fn safe_relative(path: &str) -> Option<String> {
    let decoded = percent_decode(path)?;
    let rel = decoded.trim_start_matches('/');
    let escapes = rel.split('/').any(|seg| seg == ".." || seg.contains('\\'));
    (!escapes).then(|| rel.to_string())
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "ics" => "text/calendar; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_rules_match_exactly_or_by_prefix() {
        let rules = "# comment\n/*\n  X-A: 1\n/join/\n  Cache-Control: no-cache\n/x.wasm\n  Cache-Control: immutable\n";
        assert_eq!(
            headers_for(rules, "/join/"),
            [
                ("X-A".into(), "1".into()),
                ("Cache-Control".into(), "no-cache".into())
            ]
        );
        assert_eq!(headers_for(rules, "/x.wasm").len(), 2);
        assert_eq!(
            headers_for(rules, "/join"),
            [("X-A".to_string(), "1".to_string())]
        );
        assert!(headers_for("/itpo/*\n  X-A: 1\n", "/other").is_empty());
    }

    #[test]
    fn folder_redirects_stay_on_this_site() {
        assert_eq!(folder_redirect("/join"), "/join/");
        assert_eq!(folder_redirect("//join"), "/join/");
        assert_eq!(folder_redirect("///evil.example/x"), "/evil.example/x/");
    }

    #[test]
    fn accept_encoding_is_parsed_not_searched() {
        for yes in [
            "gzip",
            "gzip, deflate, br",
            "br;q=1.0, GZIP;q=0.5",
            "*",
            "deflate, *;q=0.1",
        ] {
            assert!(accepts_gzip(yes), "{yes}");
        }
        for no in [
            "",
            "identity",
            "gzip;q=0",
            "gzip;q=0.0, br",
            "x-gzip-not",
            "*;q=0",
            "br, *;q=0",
            "gzip;q=0, *",
        ] {
            assert!(!accepts_gzip(no), "{no}");
        }
    }

    #[test]
    fn paths_cannot_escape_the_site() {
        assert_eq!(safe_relative("/join").as_deref(), Some("join"));
        assert_eq!(safe_relative("/a%20b/").as_deref(), Some("a b/"));
        assert_eq!(safe_relative("/../etc/passwd"), None);
        assert_eq!(safe_relative("/%2e%2e/etc"), None);
        assert_eq!(safe_relative("/%zz"), None);
    }
}
