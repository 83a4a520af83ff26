//! One page's document around the body the app rendered for it: head,
//! meta, canonical link, the inlined stylesheet, the loader and the embedded
//! data files.

use super::{
    cards::{self, Card},
    escape, seo,
    trunk::TrunkOutput,
};
use crate::{
    address::Address,
    content::{self, document_title, pages::PageMeta, ORG_NAME},
    data::DataFiles,
    routes::Page,
};

/// One page's document.
pub struct PageDocument<'a> {
    pub meta: PageMeta<'a>,
    pub address: &'a Address,
    pub body: &'a str,
    /// Its share card, when one was drawn (only with the site's URL: `og:image` is absolute).
    pub card: Option<&'a Card<'a>>,
}

/// Everything every page shares.
pub struct SiteShell<'a> {
    pub trunk: &'a TrunkOutput,
    pub css: &'a str,
    pub data: &'a DataFiles,
    /// Absolute site URL ending in `/` (e.g. `https://example.org/itpo/`), when known.
    pub site_url: Option<&'a str>,
    /// Whether the build wrote an Atom feed of the posts.
    pub feed: bool,
    /// Origins the form may reach besides the site itself: the endpoint's,
    /// and those a plain send may be sent on to (`join.redirect_origins`).
    /// Worked out once by `headers::policy_origins`.
    pub policy_origins: &'a [String],
}

impl SiteShell<'_> {
    /// The page's canonical URL, which must be absolute (a relative one
    /// fails Lighthouse's SEO audit): only when the site URL is known.
    pub fn canonical(&self, path: &str) -> Option<String> {
        let site = self.site_url?;
        Some(crate::config::site_url_of(site, path))
    }

    /// `<link rel="alternate" hreflang>` to the page in every edition that
    /// has it, itself included, and `x-default` (the English page) when it
    /// has two. Absolute URLs only, as search engines require: none without
    /// the site URL.
    fn hreflang_links(&self, address: &Address) -> String {
        seo::alternates(address)
            .into_iter()
            .filter_map(|(tag, path)| {
                self.canonical(&path).map(|url| {
                    format!(
                        "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\">",
                        escape(&url)
                    )
                })
            })
            .collect()
    }

    pub fn document(&self, page: &PageDocument) -> String {
        let title = escape(&document_title(page.meta.title));
        let description = escape(page.meta.description);
        let base = &self.trunk.base_href;
        let lang = page.address.lang();
        let path = page.address.path();
        // The policy comes first, before anything it governs: on a host that sends no headers
        // (GitHub Pages) it is the only one.
        let mut head = format!(
            "<meta charset=\"utf-8\">\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <base href=\"{base}\">\
             <title>{title}</title>\
             <meta name=\"description\" content=\"{description}\">\
             <meta name=\"theme-color\" content=\"{}\">\
             <meta property=\"og:type\" content=\"website\">\
             <meta property=\"og:site_name\" content=\"{}\">\
             <meta property=\"og:title\" content=\"{title}\">\
             <meta property=\"og:description\" content=\"{description}\">\
             <meta property=\"og:locale\" content=\"{}\">",
            escape(&self.meta_policy()),
            cards::BRAND,
            escape(ORG_NAME),
            lang.tag().replace('-', "_")
        );
        if let Some(canonical) = path.and_then(|p| self.canonical(&p)) {
            let canonical = escape(&canonical);
            head.push_str(&format!(
                "<link rel=\"canonical\" href=\"{canonical}\">\
                 <meta property=\"og:url\" content=\"{canonical}\">"
            ));
        }
        if let Some((card, url)) = page
            .card
            .zip(self.canonical(&cards::file(&page.address.key())))
        {
            head.push_str(&format!(
                "<meta property=\"og:image\" content=\"{}\">\
                 <meta property=\"og:image:width\" content=\"{}\">\
                 <meta property=\"og:image:height\" content=\"{}\">\
                 <meta property=\"og:image:alt\" content=\"{}\">\
                 <meta name=\"twitter:card\" content=\"summary_large_image\">",
                escape(&url),
                cards::WIDTH,
                cards::HEIGHT,
                escape(&card.alt())
            ));
        }
        if !page.address.listed() {
            head.push_str("<meta name=\"robots\" content=\"noindex\">");
        }
        head.push_str(&self.hreflang_links(page.address));
        if self.feed {
            head.push_str(&format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">",
                escape(content::work(lang).feed_title),
                super::feed::FILE
            ));
        }
        head.push_str(&format!(
            "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\
             <link rel=\"apple-touch-icon\" href=\"{}\">\
             <style>{}</style>\
             <script>{}</script>{}",
            cards::TOUCH_ICON_FILE,
            self.css,
            self.trunk.loader_script(page.address.app_page()),
            self.data.script_elements()
        ));
        // The thank-you page's loader clears the join form's draft: the answers have been sent.
        let clears_draft = if matches!(page.address, Address::Page(Page::JoinThanks, _)) {
            " data-clear-draft"
        } else {
            ""
        };
        // The body must be exactly what the app renders: hydration walks it node by node.
        format!(
            "<!doctype html><html lang=\"{}\" data-page=\"{}\"{clears_draft}><head>{head}</head><body>{}</body></html>\n",
            lang.tag(),
            escape(&page.address.key()),
            page.body
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        content::pages,
        lang::Lang,
        prerender::fixtures::{shell, trunk},
    };

    #[test]
    fn every_page_names_its_twin_and_itself_with_hreflang() {
        let t = trunk();
        let data = DataFiles::default();
        let shell = shell(&t, &data, Some("https://example.org/itpo/"));
        let doc = shell.document(&PageDocument {
            meta: pages(Lang::Fr).story,
            address: &Address::Page(Page::Story, Lang::Fr),
            body: "",
            card: None,
        });
        assert!(doc.contains("<html lang=\"fr-CA\" data-page=\"/fr/notre-histoire/\">"));
        for link in [
            "hreflang=\"en-CA\" href=\"https://example.org/itpo/story/\"",
            "hreflang=\"fr-CA\" href=\"https://example.org/itpo/fr/notre-histoire/\"",
            "hreflang=\"x-default\" href=\"https://example.org/itpo/story/\"",
        ] {
            assert!(doc.contains(link), "{link}");
        }
        assert!(doc.contains("og:locale\" content=\"fr_CA\""));
        // A post has no twin: it names only itself.
        let post = shell.document(&PageDocument {
            meta: pages(Lang::Fr).story,
            address: &Address::Post {
                slug: "assemblee".into(),
                lang: Lang::Fr,
            },
            body: "",
            card: None,
        });
        assert_eq!(post.matches("hreflang=").count(), 1);
        assert!(post.contains(
            "hreflang=\"fr-CA\" href=\"https://example.org/itpo/fr/nos-activites/assemblee/\""
        ));
    }

    #[test]
    fn documents_carry_meta_canonical_styles_and_the_late_loader() {
        let t = trunk();
        let data = DataFiles::default();
        let shell = shell(&t, &data, Some("https://example.org/itpo/"));
        let doc = shell.document(&PageDocument {
            meta: pages(Lang::En).story,
            address: &Address::Page(Page::Story, Lang::En),
            body: "<main>hi</main>",
            card: Some(&Card {
                title: "Our Story",
                when: None,
            }),
        });
        assert!(doc.contains("<title>Our Story | ITPO</title>"));
        assert!(doc.contains(
            "<meta property=\"og:image\" content=\"https://example.org/itpo/cards/story.png\">"
        ));
        assert!(doc.contains("og:image:width\" content=\"1200\""));
        assert!(doc.contains("og:image:alt\" content=\"Our Story | ITPO\""));
        assert!(doc.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(doc.contains("<link rel=\"apple-touch-icon\" href=\"apple-touch-icon.png\">"));
        assert!(doc.contains("<link rel=\"canonical\" href=\"https://example.org/itpo/story/\">"));
        assert!(doc.contains("og:url\" content=\"https://example.org/itpo/story/\""));
        assert!(doc.contains("<style>body{}</style>"));
        assert!(doc.contains("addEventListener(\"load\""));
        // Nothing is preloaded ahead of the content: the join chunk's preload is made by
        // the loader, after the page has loaded, and only on the join page.
        assert!(!doc.contains("modulepreload") && !doc.contains("<link rel=\"preload\""));
        assert!(
            !doc.contains("split_join_page.wasm"),
            "only the join page fetches its chunk"
        );
        assert!(doc.ends_with("<body><main>hi</main></body></html>\n"));
        let not_found = shell.document(&PageDocument {
            meta: pages(Lang::En).not_found,
            address: &Address::NotFound,
            body: "",
            card: None,
        });
        assert!(!not_found.contains("canonical") && not_found.contains("noindex"));
        assert!(doc.contains("<html lang=\"en-CA\" data-page=\"/story/\">"));
        assert!(not_found.contains(&format!("data-page=\"{}\"", crate::address::NOT_FOUND_KEY)));
        // Without a site URL there is no canonical link at all: a relative one fails SEO audits.
        let unknown_site = SiteShell {
            site_url: None,
            ..shell
        };
        let doc = unknown_site.document(&PageDocument {
            meta: pages(Lang::En).join,
            address: &Address::Page(Page::Join, Lang::En),
            body: "",
            card: None,
        });
        assert!(!doc.contains("canonical") && !doc.contains("og:url"));
        assert!(!doc.contains("application/atom+xml"));
        let with_feed = SiteShell {
            feed: true,
            ..unknown_site
        };
        assert!(with_feed
            .document(&PageDocument {
                meta: pages(Lang::En).join,
            address: &Address::Page(Page::Join, Lang::En),
                body: "",
                card: None,
                })
            .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"ITPO: Our work\" href=\"feed.xml\">"));
        assert_eq!(unknown_site.canonical("/join/"), None);
    }
}
