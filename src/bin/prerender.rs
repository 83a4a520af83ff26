//! Writes one HTML file per route into trunk's output, from the same `App`
//! the browser hydrates. Run by trunk's post-build hook (see Trunk.toml);
//! by hand: `cargo run --features ssr --bin prerender -- --dist dist`.
//!
//! Options: `--dist DIR` (trunk's output or staging folder), `--site-url URL`
//! (absolute, for canonical links, the sitemap and the feed; also
//! `SITE_URL`), `--posts DIR` (the Markdown posts; also `ITPO_POSTS`,
//! default `content/posts`). Posts are checked before anything is written.
//! `ITPO_CONFIG`, `ITPO_DIRECTORS`, `ITPO_RESOURCES`: data files kept
//! outside the repository. Every data file is checked before anything is
//! written. `--copy-strings` prints every piece of copy of both editions as JSON and
//! writes nothing: the browser tests read it.

use std::{fs, path::Path, process::exit};

use itpo_site::{
    address::Address,
    built_page, config,
    content::{self, directors, pages::PageMeta},
    data::DataFiles,
    json,
    lang::Lang,
    prerender::{
        built, data_files,
        document::{PageDocument, SiteShell},
        feed,
        headers::{self, HTACCESS_FILE, NGINX_HEADERS_FILE},
        posts,
        render::{render, shows},
        resources as resources_file, seo,
        trunk::{self, TrunkOutput},
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
    let resources_path = arg("--resources")
        .or_else(|| std::env::var("ITPO_RESOURCES").ok())
        .unwrap_or_else(|| "content/resources.toml".into());
    let resources = fs::read_to_string(&resources_path)
        .map_err(|e| format!("{resources_path}: {e}"))
        .and_then(|text| resources_file::parse(&resources_path, &text));
    if args.iter().any(|a| a == "--copy-strings") {
        println!("{}", copy_strings(&resources?));
        return Ok(());
    }
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
    let (app_dir, shared_chunks) = app_dir(dist)?;
    let trunk = TrunkOutput {
        shared_chunks,
        loader: trunk::minify_loader()?,
        ..TrunkOutput::parse(&read("index.html")?, &app_dir)?
    };
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
    // The data files, each checked before anything is written: every mistake is named
    // with its file and line, and the build stops.
    // ITPO_CONFIG, ITPO_DIRECTORS: a file to build with instead of public/'s copy (a
    // deploy's own, kept out of the repository); it replaces that copy in dist/.
    let data_file = |env: &str, name: &str| -> Result<(String, Option<String>, bool), String> {
        match std::env::var(env) {
            Ok(own) => {
                let text = fs::read_to_string(&own).map_err(|e| format!("{env} {own}: {e}"))?;
                Ok((own, Some(text), true))
            }
            Err(_) => Ok((format!("public/{name}"), read(name).ok(), false)),
        }
    };
    let (config_name, config_text, own_config) = data_file("ITPO_CONFIG", config::FILE)?;
    let (directors_name, directors_text, own_directors) =
        data_file("ITPO_DIRECTORS", directors::DATA_FILE)?;
    let problems: Vec<String> = [
        resources.as_ref().err().cloned(),
        config_text
            .as_deref()
            .and_then(|text| data_files::check_config(&config_name, text).err()),
        directors_text
            .as_deref()
            .and_then(|text| data_files::check_directors(&directors_name, text).err()),
        config_text
            .as_deref()
            .and_then(|text| redirect_needs_site_url(&config_name, text, site_url.as_deref())),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !problems.is_empty() {
        return Err(format!(
            "{} problem(s) in the data files, nothing was written:\n  {}",
            problems.len(),
            problems.join("\n  ")
        ));
    }
    let resources = resources?;
    for (own, name, text) in [
        (own_config, config::FILE, &config_text),
        (own_directors, directors::DATA_FILE, &directors_text),
    ] {
        if let (true, Some(text)) = (own, text) {
            write(&dist.join(name), text)?;
        }
    }
    if let Some(url) = &site_url {
        config::set_site_url(url);
    }
    config::set_base_path(&trunk.base_href);
    let mut data = DataFiles::from_texts(config_text, directors_text, None);
    let (built, digest) = built::build(&data, &posts, &resources);
    data.set_posts(digest);

    let built_join = data.config.as_ref().map(|c| &c.join);
    let policy_origins = headers::policy_origins(built_join.and_then(|j| j.as_ref().ok()))
        .map_err(|e| format!("{config_name}: join: {e}"))?;
    let shell = SiteShell {
        trunk: &trunk,
        css: css.trim(),
        data: &data,
        site_url: site_url.as_deref(),
        feed: site_url.is_some() && !posts.is_empty(),
        policy_origins: &policy_origins,
    };
    let base = config::base_path();
    // The app's own pages; the built ones (and their data files) come next.
    for &page in routes::ALL.iter().filter(|p| !p.built()) {
        for lang in Lang::ALL {
            let address = Address::Page(page, lang);
            let body = render(&routes::href(base, page.path(lang)), &data, None);
            check_shows(&address, &body, page.meta(lang))?;
            write_page(dist, &shell, &address, *page.meta(lang), &body)?;
        }
    }
    for entry in &built {
        let path = entry.address.key();
        let body = render(&routes::href(base, &path), &data, Some(&entry.page));
        check_shows(&entry.address, &body, &entry.meta)?;
        write_page(dist, &shell, &entry.address, entry.meta, &body)?;
        let file = dist.join(built_page::data_file(&path));
        fs::create_dir_all(file.parent().unwrap_or(dist)).map_err(|e| e.to_string())?;
        write(&file, &json::write(&entry.page))?;
    }
    // Any path no page claims: the host serves 404.html with status 404.
    let body = render(&format!("{base}/404.html"), &data, None);
    write(
        &dist.join("404.html"),
        &shell.document(&PageDocument {
            meta: content::pages(Lang::En).not_found,
            address: &Address::NotFound,
            body: &body,
        }),
    )?;

    // Every page written, of both editions: the table's in its order, then the posts.
    let written =
        |address: &Address| !address.built() || built.iter().any(|b| b.address == *address);
    let mut pages: Vec<Address> = routes::ALL
        .iter()
        .flat_map(|&p| Lang::ALL.map(|lang| Address::Page(p, lang)))
        .filter(written)
        .collect();
    for b in &built {
        if !pages.contains(&b.address) {
            pages.push(b.address.clone());
        }
    }
    let hsts = hsts_wanted(std::env::var("HSTS").ok().as_deref(), site_url.as_deref());
    let security = shell.security_headers(hsts);
    for warning in contact_warnings(data.config.as_ref(), &config_name) {
        eprintln!("prerender: warning: {warning}");
    }
    if let Some(Err(reason)) = built_join {
        eprintln!(
            "prerender: warning: the join form cannot be sent from the built pages ({reason}); \
             set join.endpoint in {} and rebuild",
            config::FILE
        );
    }
    // The pages' cache rules: one per page, and one for a page and all its posts.
    let fresh_paths: Vec<String> = pages
        .iter()
        .filter_map(|address| match address {
            Address::Page(page, lang) if page.needs_posts() => {
                Some(format!("{}*", page.path(*lang)))
            }
            Address::Page(page, lang) => Some(page.path(*lang).to_string()),
            _ => None,
        })
        .collect();
    write(
        &dist.join("_headers"),
        &shell.headers_file(&fresh_paths, &security)?,
    )?;
    write(
        &dist.join(NGINX_HEADERS_FILE),
        &shell.nginx_headers(&security)?,
    )?;
    write(&dist.join(HTACCESS_FILE), &shell.htaccess(&security)?)?;
    // GitHub Pages runs Jekyll on a pushed branch unless told not to, and Jekyll drops files
    // whose names start with `_` (the splitter's `__wasm_split.js`).
    write(&dist.join(".nojekyll"), "")?;
    write(
        &dist.join("robots.txt"),
        &seo::robots_txt(site_url.as_deref()),
    )?;
    match &site_url {
        // Unlisted pages (the thank-you pages) say `noindex`: not in the sitemap either.
        Some(url) => write(&dist.join("sitemap.xml"), &seo::sitemap_xml(url, &pages))?,
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
        pages.len(),
        posts.len(),
        trunk.base_href
    );
    Ok(())
}

/// Every piece of copy of both editions, and the words of "Where to start"
/// each edition shows (the French names where bodies have them), as JSON.
fn copy_strings(resources: &[resources_file::Resource]) -> String {
    let edition = |lang: Lang| {
        let mut copy: serde_json::Value =
            serde_json::from_str(&content::all_as_json(lang)).expect("the copy is JSON");
        let words: Vec<String> = resources
            .iter()
            .flat_map(|r| {
                // A French page's English names are marked as English: not its copy.
                let (name, is_english) = r.name_in(lang);
                let name = (lang == Lang::En || !is_english).then(|| name.to_string());
                let i = lang as usize;
                name.into_iter()
                    .chain([r.does[i].clone()])
                    .chain(r.note.as_ref().map(|n| n[i].clone()))
            })
            .collect();
        copy["resources"] = words.into();
        copy
    };
    serde_json::json!({ "en-CA": edition(Lang::En), "fr-CA": edition(Lang::Fr) }).to_string()
}

/// A redirect back to the thank-you page must be absolute, so it needs the site's URL.
fn redirect_needs_site_url(file: &str, text: &str, site_url: Option<&str>) -> Option<String> {
    let field = config::parse(text).join.ok()?.redirect_field?;
    site_url.is_none().then(|| {
        format!(
            "{file}: join.redirect_field \"{field}\" needs SITE_URL (e.g. \
             SITE_URL=https://your.domain/): the endpoint must be told an absolute \
             address to send members back to"
        )
    })
}

/// What the published pages cannot say without ITPO's contact details: the
/// pages that name no one to write to, and the news box left out (CASL asks
/// a request for consent to carry a mailing address and an email).
fn contact_warnings(config: Option<&config::SiteConfig>, file: &str) -> Vec<String> {
    let paths = |pages: &[routes::Page]| {
        pages
            .iter()
            .flat_map(|p| Lang::ALL.map(|lang| p.path(lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = Vec::new();
    if config.and_then(|c| c.contact_email.as_ref()).is_none() {
        out.push(format!(
            "{file} gives no contact.email, so these pages name no one to write to: {}",
            paths(&[
                routes::Page::Privacy,
                routes::Page::Accessibility,
                routes::Page::Join
            ])
        ));
    }
    if config.and_then(|c| c.news_contact()).is_none() {
        out.push(format!(
            "{file} lacks contact.email or contact.mailing_address, so the join form ({}) \
             leaves out the box asking for consent to news: a request for consent must say how \
             to reach ITPO by mail and by email",
            paths(&[routes::Page::Join])
        ));
    }
    out
}

fn check_shows(address: &Address, body: &str, meta: &PageMeta) -> Result<(), String> {
    if shows(body, meta) {
        Ok(())
    } else {
        Err(format!(
            "{} renders another page: src/pages/shown.rs must show it (app pages) or \
             src/prerender/built.rs build it",
            address.key()
        ))
    }
}

fn write_page(
    dist: &Path,
    shell: &SiteShell,
    address: &Address,
    meta: PageMeta,
    body: &str,
) -> Result<(), String> {
    let dir = dist.join(address.key().trim_matches('/'));
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    write(
        &dir.join("index.html"),
        &shell.document(&PageDocument {
            meta,
            address,
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

/// The one app folder scripts/build-app.sh wrote (`app-<hash>`), checked to
/// hold every file the pages load, and the splitter's shared chunks in it.
fn app_dir(dist: &Path) -> Result<(String, Vec<String>), String> {
    let mut found: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("app-") && dist.join(name).is_dir())
        .collect();
    let [dir] = &mut found[..] else {
        return Err(format!(
            "{}: expected one app-<hash>/ folder from scripts/build-app.sh, found {found:?}",
            dist.display()
        ));
    };
    for file in trunk::app_files() {
        if !dist.join(&*dir).join(file).is_file() {
            return Err(format!("{}/{dir}/{file}: missing", dist.display()));
        }
    }
    let mut shared: Vec<String> = fs::read_dir(dist.join(&*dir))
        .map_err(|e| format!("{}/{dir}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("chunk_") && name.ends_with(".wasm"))
        .collect();
    shared.sort();
    Ok((std::mem::take(dir), shared))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_contact_is_warned_about_naming_the_pages() {
        let none = contact_warnings(None, "public/config.json");
        assert_eq!(none.len(), 2);
        assert!(none[0].contains("/privacy/") && none[0].contains("/fr/accessibilite/"));
        assert!(none[1].contains("/fr/adhesion/") && none[1].contains("news"));
        let email =
            config::parse(r#"{"join":{"endpoint":"/j"},"contact":{"email":"a@example.org"}}"#);
        assert_eq!(contact_warnings(Some(&email), "c").len(), 1);
        let both = config::parse(
            r#"{"join":{"endpoint":"/j"},"contact":{"email":"a@example.org","mailing_address":"1 Example St"}}"#,
        );
        assert!(contact_warnings(Some(&both), "c").is_empty());
    }

    use super::{config, contact_warnings, hsts_wanted, redirect_needs_site_url};

    #[test]
    fn a_redirect_back_to_the_site_needs_its_url() {
        let config = r#"{"join":{"endpoint":"https://x.example/f","redirect_field":"_next"}}"#;
        let problem = redirect_needs_site_url("public/config.json", config, None).unwrap();
        assert!(
            problem.starts_with("public/config.json: join.redirect_field \"_next\" needs SITE_URL")
        );
        assert_eq!(
            redirect_needs_site_url("c", config, Some("https://itpo.example/")),
            None
        );
        let without = r#"{"join":{"endpoint":"https://x.example/f"}}"#;
        assert_eq!(redirect_needs_site_url("c", without, None), None);
    }

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
