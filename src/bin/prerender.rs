//! Writes one HTML file per route into trunk's output, from the same `App`
//! the browser hydrates. Run by trunk's post-build hook (see Trunk.toml);
//! by hand: `cargo run --features ssr --bin prerender -- --dist dist`.
//!
//! Options: `--dist DIR` (trunk's output or staging folder), `--site-url URL`
//! (absolute, for canonical links, the sitemap and the feed; also
//! `SITE_URL`), `--posts DIR` (the Markdown posts; also `ITPO_POSTS`,
//! default `content/posts`). Posts are checked before anything is written.

use std::{fs, path::Path, process::exit};

use itpo_site::{
    config,
    content::work,
    content::{directors, pages},
    data::DataFiles,
    json,
    posts::{self as post_paths, PostBody, PostSummary},
    prerender::{
        document::{PageDocument, SiteShell},
        feed,
        headers::NGINX_HEADERS_FILE,
        posts::{self, Post},
        render::{render, shows},
        seo,
        trunk::TrunkOutput,
    },
    routes,
};

fn main() {
    if let Err(e) = run() {
        eprintln!("prerender: {e}");
        exit(1);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let dist = arg("--dist").unwrap_or_else(|| "dist".into());
    let dist = Path::new(&dist);
    let site_url = seo::site_url(
        &arg("--site-url")
            .or_else(|| std::env::var("SITE_URL").ok())
            .unwrap_or_default(),
    )?;

    let read = |name: &str| {
        fs::read_to_string(dist.join(name))
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let trunk = TrunkOutput::parse(&read("index.html")?)?;
    let css = read(
        trunk
            .css_href
            .strip_prefix(&trunk.base_href)
            .unwrap_or(&trunk.css_href),
    )?;
    let posts_dir = arg("--posts")
        .or_else(|| std::env::var("ITPO_POSTS").ok())
        .unwrap_or_else(|| "content/posts".into());
    let (posts, warnings) = posts::load(Path::new(&posts_dir), &|file| dist.join(file).is_file())
        .map_err(|errors| {
        format!(
            "{} problem(s) in the posts, nothing was written:\n  {}",
            errors.len(),
            errors.join("\n  ")
        )
    })?;
    for warning in warnings {
        eprintln!("prerender: warning: {warning}");
    }
    let index: Vec<PostSummary> = posts.iter().map(|p| p.summary.clone()).collect();
    let data = DataFiles::from_texts(
        read(config::FILE).ok(),
        read(directors::DATA_FILE).ok(),
        (!index.is_empty()).then(|| json::print(&index)),
    );
    config::set_base_path(&trunk.base_href);

    let shell = SiteShell {
        trunk: &trunk,
        css: css.trim(),
        data: &data,
        site_url: site_url.as_deref(),
        feed: site_url.is_some() && !posts.is_empty(),
    };
    let base = config::base_path();
    for page in routes::ALL {
        let body = render(&routes::href(base, page.path), &data, None);
        if !shows(&body, &page.meta) {
            return Err(format!(
                "{} is in routes::ALL but renders another page: add it to the router in src/app.rs",
                page.path
            ));
        }
        let html = shell.document(&PageDocument {
            meta: page.meta,
            path: Some(page.path),
            body: &body,
        });
        let dir = dist.join(page.path.trim_matches('/'));
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        write(&dir.join("index.html"), &html)?;
    }
    let post_pages = write_posts(dist, &shell, &posts)?;
    // Any path no page claims: the host serves 404.html with status 404.
    let body = render(&format!("{base}/404.html"), &data, None);
    write(
        &dist.join("404.html"),
        &shell.document(&PageDocument {
            meta: pages::NOT_FOUND,
            path: None,
            body: &body,
        }),
    )?;

    let paths: Vec<&str> = routes::ALL
        .iter()
        .map(|p| p.path)
        .chain(post_pages.iter().map(String::as_str))
        .collect();
    // https origins are allowed already; a plain-http endpoint (local development) is added.
    let http_endpoint_origin = data
        .config
        .as_ref()
        .and_then(|c| c.join.as_ref().ok())
        .and_then(|j| seo::origin_of(&j.endpoint))
        .filter(|origin| origin.starts_with("http://"));
    let hsts = hsts_wanted(std::env::var("HSTS").ok().as_deref(), site_url.as_deref());
    let security = shell.security_headers(&Vec::from_iter(http_endpoint_origin), hsts);
    write(
        &dist.join("_headers"),
        &shell.headers_file(&paths, &security),
    )?;
    write(
        &dist.join(NGINX_HEADERS_FILE),
        &shell.nginx_headers(&security),
    )?;
    write(
        &dist.join("robots.txt"),
        &seo::robots_txt(site_url.as_deref()),
    )?;
    match &site_url {
        Some(url) => write(&dist.join("sitemap.xml"), &seo::sitemap_xml(url, &paths))?,
        None => eprintln!(
            "prerender: no SITE_URL given, so no sitemap.xml, and no canonical links or og:url \
             (they must be absolute URLs; set SITE_URL=https://your.domain/ to write them)"
        ),
    }
    match (&site_url, posts.is_empty()) {
        (Some(url), false) => write(&dist.join(feed::FILE), &feed::atom(url, &posts))?,
        (None, false) => eprintln!(
            "prerender: no SITE_URL given, so no feed.xml (a feed's links must be absolute)"
        ),
        _ => {}
    }
    if !hsts {
        eprintln!(
            "prerender: Strict-Transport-Security left out (HSTS=off or an http:// SITE_URL)"
        );
    }
    eprintln!(
        "prerender: wrote {} pages ({} posts) and 404.html under {}",
        paths.len(),
        posts.len(),
        trunk.base_href
    );
    Ok(())
}

/// "Our work" and each post: their pages, and the data files the app
/// fetches on in-place navigation. Returns the pages' paths; none without posts.
fn write_posts(dist: &Path, shell: &SiteShell, posts: &[Post]) -> Result<Vec<String>, String> {
    if posts.is_empty() {
        return Ok(vec![]);
    }
    let base = config::base_path();
    let index: Vec<&PostSummary> = posts.iter().map(|p| &p.summary).collect();
    fs::create_dir_all(dist.join("data/posts")).map_err(|e| e.to_string())?;
    write(&dist.join(post_paths::INDEX_FILE), &json::print(&index))?;
    let mut paths = vec![routes::WORK.path.to_string()];
    let list = render(&routes::href(base, routes::WORK.path), shell.data, None);
    write_page(dist, shell, routes::WORK.path, work::WORK, &list)?;
    for post in posts {
        let s = &post.summary;
        let body = PostBody {
            slug: s.slug.clone(),
            html: post.html.clone(),
        };
        write(
            &dist.join(post_paths::body_file(&s.slug)),
            &json::print(&body),
        )?;
        let path = post_paths::path(&s.slug);
        let html = render(&routes::href(base, &path), shell.data, Some(&body));
        // Leaked once per post: the build ends soon after.
        let meta = pages::PageMeta {
            title: s.title.clone().leak(),
            heading: s.title.clone().leak(),
            description: s.summary.clone().leak(),
        };
        if !html.contains(&post.html) {
            return Err(format!(
                "{path} did not render its post: check the router in src/app.rs"
            ));
        }
        write_page(dist, shell, &path, meta, &html)?;
        paths.push(path);
    }
    Ok(paths)
}

fn write_page(
    dist: &Path,
    shell: &SiteShell,
    path: &str,
    meta: pages::PageMeta,
    body: &str,
) -> Result<(), String> {
    let dir = dist.join(path.trim_matches('/'));
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    write(
        &dir.join("index.html"),
        &shell.document(&PageDocument {
            meta,
            path: Some(path),
            body,
        }),
    )
}

/// HSTS is on unless `HSTS=off` is set or the site is declared plain http.
/// Browsers ignore it over http, so a local or http test deploy is unharmed.
fn hsts_wanted(hsts_setting: Option<&str>, site_url: Option<&str>) -> bool {
    let off = hsts_setting.is_some_and(|v| v.trim().eq_ignore_ascii_case("off"));
    !off && !site_url.is_some_and(|u| u.starts_with("http://"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::hsts_wanted;

    #[test]
    fn hsts_is_on_unless_turned_off_or_the_site_is_plain_http() {
        assert!(hsts_wanted(None, None));
        assert!(hsts_wanted(None, Some("https://example.org/")));
        assert!(hsts_wanted(Some("on"), None));
        assert!(!hsts_wanted(Some("off"), Some("https://example.org/")));
        assert!(!hsts_wanted(Some("OFF"), None));
        assert!(!hsts_wanted(None, Some("http://127.0.0.1:4175/")));
    }
}
