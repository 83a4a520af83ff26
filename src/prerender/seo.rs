//! What search engines read beside the pages: `robots.txt`, `sitemap.xml`,
//! and the site URL they are built from.

use super::escape;
use std::borrow::Cow;

use crate::{address::Address, lang::Lang};

pub fn robots_txt(site_url: Option<&str>) -> String {
    // The content editor is for volunteers, not search engines.
    let mut out = format!(
        "User-agent: *\nAllow: /\nDisallow: {}/{}/\n",
        crate::config::base_path(),
        super::admin::ADMIN_FOLDER
    );
    if let Some(site) = site_url {
        out.push_str(&format!("Sitemap: {site}sitemap.xml\n"));
    }
    out
}

/// The addresses a page is known by to search engines: `(hreflang, path)`
/// for each edition, then `x-default` (the English page). A post, written in
/// one language, names only itself; the not-found page nothing.
pub fn alternates(address: &Address) -> Vec<(&'static str, Cow<'static, str>)> {
    match address {
        Address::Page(page, _) => Lang::ALL
            .iter()
            .map(|lang| (lang.tag(), Cow::Borrowed(page.path(*lang))))
            .chain([("x-default", Cow::Borrowed(page.path(Lang::En)))])
            .collect(),
        Address::Post { .. } => address
            .path()
            .map(|path| (address.lang().tag(), path))
            .into_iter()
            .collect(),
        Address::NotFound => Vec::new(),
    }
}

/// The listed pages of both editions; each page of the table names its
/// twin (and `x-default`) with `xhtml:link`, as its `<head>` does.
pub fn sitemap_xml(site_url: &str, pages: &[Address]) -> String {
    let url = |path: &str| escape(&crate::config::site_url_of(site_url, path));
    let urls: String = pages
        .iter()
        .filter(|a| a.listed())
        .filter_map(|address| {
            let path = address.path()?;
            let alternates: String = match address {
                Address::Page(..) => alternates(address)
                    .into_iter()
                    .map(|(tag, path)| {
                        format!(
                            "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
                            url(&path)
                        )
                    })
                    .collect(),
                _ => String::new(),
            };
            Some(format!(
                "  <url><loc>{}</loc>{alternates}</url>\n",
                url(&path)
            ))
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n{urls}</urlset>\n"
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Page;

    #[test]
    fn robots_sitemap_and_urls() {
        assert_eq!(
            robots_txt(None),
            "User-agent: *\nAllow: /\nDisallow: /admin/\n"
        );
        assert!(robots_txt(Some("https://e.org/")).contains("Sitemap: https://e.org/sitemap.xml"));
        let map = sitemap_xml(
            "https://e.org/itpo/",
            &[
                Address::Page(Page::Home, Lang::En),
                Address::Page(Page::Join, Lang::Fr),
                Address::Post {
                    slug: "a".into(),
                    lang: Lang::En,
                },
                Address::Page(Page::JoinThanks, Lang::En),
            ],
        );
        assert!(!map.contains("thanks"), "unlisted pages are left out");
        assert!(
            map.contains("<loc>https://e.org/itpo/</loc>")
                && map.contains("<loc>https://e.org/itpo/fr/adhesion/</loc>")
        );
        assert!(map.contains(
            "<loc>https://e.org/itpo/fr/adhesion/</loc>\
             <xhtml:link rel=\"alternate\" hreflang=\"en-CA\" href=\"https://e.org/itpo/join/\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"fr-CA\" href=\"https://e.org/itpo/fr/adhesion/\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://e.org/itpo/join/\"/>"
        ));
        assert!(map.contains("<url><loc>https://e.org/itpo/work/a/</loc></url>"));
        assert_eq!(
            site_url("https://e.org/itpo").unwrap().as_deref(),
            Some("https://e.org/itpo/")
        );
        assert_eq!(site_url("  ").unwrap(), None);
        assert!(site_url("e.org").is_err());
        assert_eq!(escape("a<b>\"&"), "a&lt;b&gt;&quot;&amp;");
    }
}
