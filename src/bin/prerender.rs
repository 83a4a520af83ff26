//! Writes the static site into trunk's output, from the same `App` the
//! browser hydrates: one HTML file per page of both editions, the built
//! pages' data files, the header files, robots.txt, the sitemap, the feed,
//! the calendar files and the share cards.
//! Run by trunk's post-build hook (see Trunk.toml); by hand:
//! `cargo run --features ssr --bin prerender -- --help`.

use std::{
    fs,
    path::{Path, PathBuf},
    process::exit,
};

use clap::Parser;
use itpo_site::{
    address::Address,
    built_page, config,
    content::{self, pages::PageMeta},
    data::DataFiles,
    directors, json,
    lang::Lang,
    prerender::{
        admin::{self, ADMIN_FOLDER},
        built::{self, BuiltEntry},
        calendar,
        cards::{self, Card, Painter},
        data_files,
        document::{PageDocument, SiteShell},
        feed,
        headers::{self, HTACCESS_FILE, NGINX_ADMIN_HEADERS_FILE, NGINX_HEADERS_FILE},
        posts::{self, Post},
        render::{render, shows_heading},
        resources::{self as resources_file, Resource},
        seo,
        trunk::{self, TrunkOutput},
    },
    routes,
};
use jiff::Timestamp;

/// Renders every page of the ITPO site into trunk's output. Every post and
/// data file is checked first: a mistake stops the build, naming the file
/// and line, before anything is written.
#[derive(Parser)]
#[command(name = "prerender")]
struct Args {
    /// trunk's output (or staging) folder, with its index.html and app-<hash>/ folder.
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// The site's absolute URL (https://your.domain/), for canonical links,
    /// the sitemap, the feed, the share cards and the join form's return address.
    #[arg(long, env = "SITE_URL")]
    site_url: Option<String>,
    /// The Markdown posts.
    #[arg(long, env = "ITPO_POSTS", default_value = "content/posts")]
    posts: PathBuf,
    /// The official bodies listed on "Where to start".
    #[arg(long, env = "ITPO_RESOURCES", default_value = "content/resources.toml")]
    resources: PathBuf,
    /// A config.json to build with instead of public/'s (a deployment's
    /// own, kept out of the repository); it replaces that copy in the output.
    #[arg(long, env = "ITPO_CONFIG")]
    config: Option<PathBuf>,
    /// A directors.json to build with instead of public/'s, likewise.
    #[arg(long, env = "ITPO_DIRECTORS")]
    directors: Option<PathBuf>,
    /// `off` leaves Strict-Transport-Security out of the header files (it is
    /// also left out for an http:// site URL).
    #[arg(long, env = "HSTS")]
    hsts: Option<String>,
    /// The build's time in seconds since 1970 (the reproducible-builds
    /// convention): events over by then are listed as past. Unset: now.
    #[arg(long = "now", env = "SOURCE_DATE_EPOCH")]
    source_date_epoch: Option<i64>,
}

fn main() {
    if let Err(e) = run(&Args::parse()) {
        eprintln!("prerender: {e}");
        exit(1);
    }
}

fn run(args: &Args) -> Result<(), String> {
    let input = load(args)?;
    let site = check(&input)?;
    let pages = render_pages(&site)?;
    write_site(args, &site, &pages)
}

/// What the build reads: trunk's output, the posts, the data files.
struct Input {
    trunk: TrunkOutput,
    css: String,
    site_url: Option<String>,
    posts: Vec<Post>,
    resources: Result<Vec<Resource>, String>,
    config: DataFile,
    directors: DataFile,
    /// The build's time.
    now: Timestamp,
}

/// A data file the deployer or the editors may change after the build.
struct DataFile {
    /// Its name in the output (`config.json`).
    file: &'static str,
    /// As messages name it.
    name: String,
    text: Option<String>,
    /// Given with `--config`/`--directors`: written over public/'s copy in the output.
    own: bool,
}

fn load(args: &Args) -> Result<Input, String> {
    let dist = &args.dist;
    let read = |name: &str| {
        fs::read_to_string(dist.join(name))
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let site_url = seo::site_url(args.site_url.as_deref().unwrap_or_default())?;
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
    let (posts, warnings) =
        posts::load(&args.posts, &|file| dist.join(file).is_file()).map_err(|errors| {
            format!(
                "{} problem(s) in the posts, nothing was written:\n  {}",
                errors.len(),
                errors.join("\n  ")
            )
        })?;
    for warning in warnings {
        eprintln!("prerender: warning: {warning}");
    }
    let shown = args.resources.display().to_string();
    let resources = fs::read_to_string(&args.resources)
        .map_err(|e| format!("{shown}: {e}"))
        .and_then(|text| resources_file::parse(&shown, &text));
    let data_file = |own: &Option<PathBuf>, file: &'static str| -> Result<DataFile, String> {
        Ok(match own {
            Some(path) => DataFile {
                file,
                name: path.display().to_string(),
                text: Some(
                    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?,
                ),
                own: true,
            },
            None => DataFile {
                file,
                name: format!("public/{file}"),
                text: read(file).ok(),
                own: false,
            },
        })
    };
    let now = match args.source_date_epoch {
        Some(seconds) => Timestamp::from_second(seconds)
            .map_err(|e| format!("SOURCE_DATE_EPOCH {seconds}: {e}"))?,
        None => Timestamp::now(),
    };
    Ok(Input {
        now,
        config: data_file(&args.config, config::FILE)?,
        directors: data_file(&args.directors, directors::DATA_FILE)?,
        trunk,
        css,
        site_url,
        posts,
        resources,
    })
}

/// Everything checked, and what the pages are rendered from (the input's
/// files, borrowed).
struct Site<'a> {
    input: &'a Input,
    data: DataFiles,
    built: Vec<BuiltEntry<'a>>,
    policy_origins: Vec<String>,
}

/// The data files, each checked before anything is written: every mistake is
/// named with its file and line, and the build stops.
fn check(input: &Input) -> Result<Site<'_>, String> {
    let Input {
        trunk,
        site_url,
        posts,
        resources,
        config,
        directors,
        ..
    } = input;
    let problems: Vec<String> = [
        resources.as_ref().err().cloned(),
        config
            .text
            .as_deref()
            .and_then(|text| data_files::check_config(&config.name, text).err()),
        directors
            .text
            .as_deref()
            .and_then(|text| data_files::check_directors(&directors.name, text).err()),
        config
            .text
            .as_deref()
            .and_then(|text| redirect_needs_site_url(&config.name, text, site_url.as_deref())),
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
    if let Some(url) = site_url {
        config::set_site_url(url);
    }
    config::set_base_path(&trunk.base_href);
    let mut data = DataFiles::from_texts(config.text.clone(), directors.text.clone(), None);
    let (built, digest) = built::build(
        &data,
        posts,
        resources.as_deref().unwrap_or_default(),
        input.now,
    );
    data.set_posts(digest);
    let join = data.config.as_ref().map(|c| &c.join);
    let policy_origins = headers::policy_origins(join.and_then(|j| j.as_ref().ok()))
        .map_err(|e| format!("{}: join: {e}", config.name))?;
    for warning in contact_warnings(data.config.as_ref(), &config.name) {
        eprintln!("prerender: warning: {warning}");
    }
    if let Some(Err(reason)) = join {
        eprintln!(
            "prerender: warning: the join form cannot be sent from any page ({reason}); \
             set join.endpoint in {} and rebuild",
            config.name
        );
    }
    Ok(Site {
        input,
        data,
        built,
        policy_origins,
    })
}

impl Site<'_> {
    fn shell(&self) -> SiteShell<'_> {
        SiteShell {
            trunk: &self.input.trunk,
            css: self.input.css.trim(),
            data: &self.data,
            site_url: self.input.site_url.as_deref(),
            feed: self.input.site_url.is_some() && !self.input.posts.is_empty(),
            policy_origins: &self.policy_origins,
        }
    }
}

/// One page's body as the app renders it, and what its document needs.
struct RenderedPage<'a> {
    address: Address,
    meta: PageMeta<'a>,
    body: String,
    /// A built page's data, for in-place navigation to it.
    built: Option<&'a built_page::BuiltPage>,
}

/// Every page of both editions (the table's in its order, then the posts),
/// each checked to show its own heading.
fn render_pages<'a>(site: &'a Site) -> Result<Vec<RenderedPage<'a>>, String> {
    let base = config::base_path();
    let built = |address: &Address| site.built.iter().find(|b| b.address == *address);
    let table = routes::ALL
        .iter()
        .flat_map(|&page| Lang::ALL.map(|lang| Address::Page(page, lang)));
    let posts = site
        .built
        .iter()
        .map(|b| b.address.clone())
        .filter(|a| matches!(a, Address::Post { .. }));
    let mut pages = Vec::new();
    for address in table.chain(posts) {
        let rendered = match (&address, built(&address)) {
            (_, Some(entry)) => RenderedPage {
                meta: entry.meta,
                body: render(
                    &routes::href(base, &address.key()),
                    &site.data,
                    Some(&entry.page),
                ),
                built: Some(&entry.page),
                address,
            },
            // The app's own pages.
            (Address::Page(page, lang), None) if !page.built() => RenderedPage {
                meta: *page.meta(*lang),
                body: render(&routes::href(base, &address.key()), &site.data, None),
                built: None,
                address,
            },
            // A built page this build leaves out ("Our work" without posts).
            _ => continue,
        };
        pages.push(rendered);
    }
    for page in &pages {
        if !shows_heading(&page.body, &page.meta) {
            return Err(format!(
                "{} renders another page: src/pages/current.rs must show it (app pages) or \
                 src/prerender/built.rs build it",
                page.address.key()
            ));
        }
    }
    Ok(pages)
}

fn write_site(args: &Args, site: &Site, pages: &[RenderedPage]) -> Result<(), String> {
    let dist = &args.dist;
    let shell = site.shell();
    for data_file in [&site.input.config, &site.input.directors] {
        if let (true, Some(text)) = (data_file.own, &data_file.text) {
            write(&dist.join(data_file.file), text)?;
        }
    }
    let favicon = fs::read_to_string(dist.join("favicon.svg"))
        .map_err(|e| format!("{}/favicon.svg: {e}", dist.display()))?;
    let painter = Painter::new(&favicon)?;
    write_bytes(&dist.join(cards::TOUCH_ICON_FILE), &painter.touch_icon()?)?;
    for page in pages {
        let path = page.address.key();
        let dir = dist.join(path.trim_matches('/'));
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        // A share card needs the site's URL: a page names it with an absolute address.
        let when = event_when(&site.input.posts, &page.address);
        let card = site.input.site_url.as_ref().map(|_| Card {
            title: page.meta.title,
            when: when.as_deref(),
        });
        if let Some(card) = &card {
            let missing = painter.missing(card);
            if !missing.is_empty() {
                eprintln!(
                    "prerender: warning: the share card of {path} cannot draw {} (its font lacks \
                     them; they show as boxes)",
                    missing.iter().collect::<String>()
                );
            }
            let file = dist.join(cards::file(&path));
            fs::create_dir_all(file.parent().unwrap_or(dist)).map_err(|e| e.to_string())?;
            write_bytes(&file, &painter.card(card)?)?;
        }
        write(
            &dir.join("index.html"),
            &shell.document(&PageDocument {
                meta: page.meta,
                address: &page.address,
                body: &page.body,
                card: card.as_ref(),
            }),
        )?;
        if let Some(built) = page.built {
            let file = dist.join(built_page::data_file(&path));
            fs::create_dir_all(file.parent().unwrap_or(dist)).map_err(|e| e.to_string())?;
            write(&file, &json::write(built))?;
        }
    }
    write_calendars(dist, site.input)?;
    // Any path no page claims: the host serves 404.html with status 404.
    let body = render(
        &format!("{}/404.html", config::base_path()),
        &site.data,
        None,
    );
    write(
        &dist.join("404.html"),
        &shell.document(&PageDocument {
            meta: content::pages(Lang::En).not_found,
            address: &Address::NotFound,
            body: &body,
            card: None,
        }),
    )?;

    let hsts = hsts_wanted(args.hsts.as_deref(), site.input.site_url.as_deref());
    let security = shell.security_headers(hsts);
    // The pages' cache rules: one per page, and one for a page and all its posts.
    let fresh_paths: Vec<String> = pages
        .iter()
        .filter_map(|page| match page.address {
            Address::Page(p, lang) if p.needs_posts() => Some(format!("{}*", p.path(lang))),
            Address::Page(p, lang) => Some(p.path(lang).to_string()),
            _ => None,
        })
        .collect();
    write(
        &dist.join("_headers"),
        &shell.headers_file(&fresh_paths, &security)?,
    )?;
    let [site_include, admin_include] = shell.nginx_headers(&security)?;
    write(&dist.join(NGINX_HEADERS_FILE), &site_include)?;
    write(&dist.join(NGINX_ADMIN_HEADERS_FILE), &admin_include)?;
    // The content editor's page; scripts/build-admin.mjs adds the editor beside it.
    let admin_dir = dist.join(ADMIN_FOLDER);
    fs::create_dir_all(&admin_dir).map_err(|e| e.to_string())?;
    write(&admin_dir.join("index.html"), &admin::page())?;
    write(&admin_dir.join("preview.json"), &admin::preview_copy())?;
    write(&dist.join(HTACCESS_FILE), &shell.htaccess(&security)?)?;
    // GitHub Pages runs Jekyll on a pushed branch unless told not to, and Jekyll drops files
    // whose names start with `_` (the splitter's `__wasm_split.js`).
    write(&dist.join(".nojekyll"), "")?;
    write(
        &dist.join("robots.txt"),
        &seo::robots_txt(site.input.site_url.as_deref()),
    )?;
    let addresses: Vec<Address> = pages.iter().map(|p| p.address.clone()).collect();
    match &site.input.site_url {
        // Unlisted pages (the thank-you pages) say `noindex`: not in the sitemap either.
        Some(url) => write(
            &dist.join("sitemap.xml"),
            &seo::sitemap_xml(url, &addresses),
        )?,
        None => eprintln!(
            "prerender: no SITE_URL given, so no sitemap.xml, no share cards (og:image), and no \
             canonical links or og:url (they must be absolute URLs; set \
             SITE_URL=https://your.domain/ to write them)"
        ),
    }
    match (&site.input.site_url, site.input.posts.is_empty()) {
        (Some(url), false) => write(&dist.join(feed::FILE), &feed::atom(url, &site.input.posts))?,
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
        site.input.posts.len(),
        site.input.trunk.base_href
    );
    Ok(())
}

/// Each edition's calendar feed, written even with no events so that a
/// subscription never breaks, and each event's own file beside its page.
fn write_calendars(dist: &Path, input: &Input) -> Result<(), String> {
    let at = |path: &str| dist.join(path.trim_start_matches('/'));
    let site_url = input.site_url.as_deref();
    for lang in Lang::ALL {
        let events: Vec<&Post> = input
            .posts
            .iter()
            .filter(|p| p.summary.lang == lang && p.summary.event.is_some())
            .collect();
        let feed = at(calendar::feed_path(lang));
        fs::create_dir_all(feed.parent().unwrap_or(dist)).map_err(|e| e.to_string())?;
        write(&feed, &calendar::feed(&events, lang, site_url, input.now))?;
        for post in events {
            write(
                &at(&calendar::event_path(&post.summary.slug, lang)),
                &calendar::event_file(post, site_url, input.now),
            )?;
        }
    }
    Ok(())
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

/// HSTS is on unless `HSTS=off` is set or the site is declared plain http.
/// Browsers ignore it over http, so a local or http test deploy is unharmed.
fn hsts_wanted(hsts_setting: Option<&str>, site_url: Option<&str>) -> bool {
    let off = hsts_setting.is_some_and(|v| v.trim().eq_ignore_ascii_case("off"));
    !off && !site_url.is_some_and(|u| u.starts_with("http://"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// When the event at `address` happens, in its edition's words, for its card.
fn event_when(posts: &[Post], address: &Address) -> Option<String> {
    let Address::Post { slug, lang } = address else {
        return None;
    };
    let post = posts.iter().find(|p| &p.summary.slug == slug)?;
    post.summary.event.as_ref().map(|event| event.when(*lang))
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
