//! The Atom feed of "Our work" (`feed.xml`), for readers and other sites
//! that follow ITPO's news: one feed for both editions, each entry marked
//! with its language. Its links must be absolute, so it is written only
//! when the site URL is known.

use super::{escape, posts::Post};
use crate::{content, content::ORG_NAME, lang::Lang, posts, routes};

pub const FILE: &str = "feed.xml";

/// `site_url` is absolute and ends in `/`. Relative links inside posts
/// resolve against it through `xml:base`.
pub fn atom(site_url: &str, posts: &[Post]) -> String {
    let url = |path: &str| escape(&crate::config::site_url_of(site_url, path));
    let updated = posts
        .first()
        .map_or("1970-01-01".to_string(), |p| p.summary.date.clone());
    let entries: String = posts
        .iter()
        .map(|p| {
            let s = &p.summary;
            let link = url(&posts::path(&s.slug, s.lang));
            format!(
                "  <entry xml:lang=\"{lang}\">\n    <title>{title}</title>\n    <id>{link}</id>\n    \
                 <link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n    \
                 <updated>{date}T00:00:00Z</updated>\n    <summary>{summary}</summary>\n    \
                 <content type=\"html\">{content}</content>\n{tags}  </entry>\n",
                lang = s.lang.code(),
                title = escape(&s.title),
                date = s.date,
                summary = escape(&s.summary),
                content = escape(&p.html),
                tags = s
                    .tags
                    .iter()
                    .map(|t| format!("    <category term=\"{}\"/>\n", escape(t)))
                    .collect::<String>(),
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"{base}\">\n  \
         <title>{title}</title>\n  <id>{work}</id>\n  \
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{feed}\"/>\n  \
         <link rel=\"alternate\" type=\"text/html\" href=\"{work}\"/>\n  \
         <updated>{updated}T00:00:00Z</updated>\n  <author><name>{org}</name></author>\n{entries}</feed>\n",
        base = escape(site_url),
        title = escape(content::work(Lang::En).feed_title),
        work = url(routes::Page::Work.path(Lang::En)),
        feed = url(FILE),
        org = escape(ORG_NAME),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::posts::PostSummary;

    #[test]
    fn entries_have_absolute_links_and_escaped_content() {
        let post = Post {
            summary: PostSummary {
                slug: "town-hall".into(),
                title: "Q&A night".into(),
                date: "2026-01-15".into(),
                summary: "We <met>.".into(),
                tags: vec!["events".into()],
                lang: Lang::En,
                event: None,
            },
            html: "<p>Hi &amp; bye</p>".into(),
        };
        let xml = atom("https://example.org/itpo/", &[post]);
        assert!(xml.contains("<id>https://example.org/itpo/work/town-hall/</id>"));
        assert!(xml.contains("href=\"https://example.org/itpo/feed.xml\""));
        assert!(xml.contains("<title>Q&amp;A night</title>"));
        assert!(xml.contains("&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;"));
        assert!(xml.contains("<updated>2026-01-15T00:00:00Z</updated>"));
        assert!(xml.contains("<category term=\"events\"/>"));
    }
}
