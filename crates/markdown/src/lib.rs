//! A post's Markdown (CommonMark plus tables) to HTML, with the site's
//! rules. Its own crate, so the build (`src/prerender/posts.rs`) and the
//! content editor's preview (`crates/preview`, compiled to wasm) run the
//! same code. The rules: raw HTML is shown as text, never used; headings start one level
//! below the page's `<h1>`, whichever level the writer began at; images are files on this site and have alt text; links
//! are http(s), mailto, tel or on this site. Site paths are written relative
//! to `<base href>`, so a sub-path deploy needs no change to the posts.

use pulldown_cmark::{html, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A post body turned into HTML.
#[derive(Debug, Default, PartialEq)]
pub struct Rendered {
    pub html: String,
    /// The first paragraph as plain text (the summary when none is given).
    pub first_paragraph: String,
    /// Problems that do not stop the build, each starting with its line.
    pub warnings: Vec<String>,
}

/// `first_line` is the body's first line in its file, so messages name the
/// file's lines; `image_exists` says whether a site path is a file.
pub fn render(
    body: &str,
    first_line: usize,
    image_exists: &dyn Fn(&str) -> bool,
) -> Result<Rendered, Vec<String>> {
    let line_of = |offset: usize| first_line - 1 + line_at(body, offset);
    let mut out = Rendered::default();
    let mut errors = Vec::new();
    let mut events = Vec::new();
    // The alt text of the image being read, with the image's line and path.
    let mut image: Option<(usize, String, String)> = None;
    // 0: before the first paragraph, 1: inside it, 2: after it.
    let mut paragraph = 0;
    // The writer's top heading level, which becomes `<h2>`.
    let top = Parser::new_ext(body, Options::ENABLE_TABLES)
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(level),
            _ => None,
        })
        .min()
        .unwrap_or(HeadingLevel::H1);
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        let line = line_of(range.start);
        let mut event = match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                out.warnings.push(format!(
                    "line {line}: raw HTML is shown as text, not used ({})",
                    raw.trim()
                ));
                Event::Text(raw)
            }
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::CodeBlock),
            other => other,
        };
        match &mut event {
            Event::Start(Tag::Heading { level, .. }) | Event::End(TagEnd::Heading(level)) => {
                *level = below_title(*level, top)
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                image = Some((line, dest_url.to_string(), String::new()));
                // Named as written: a `CowStr` would print as `Borrowed("…")`.
                let written = dest_url.to_string();
                match site_path(dest_url) {
                    None => errors.push(format!(
                        "line {line}: image {written:?} must be a file on this site (for example images/photo.jpg), not on another site"
                    )),
                    Some(p) if !image_exists(&p) => errors.push(format!(
                        "line {line}: image {written:?} is not a file of the site (put it under public/ first)"
                    )),
                    Some(p) => *dest_url = p.into(),
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some((line, path, alt)) = image.take() {
                    if alt.trim().is_empty() {
                        errors.push(format!(
                            "line {line}: image {path:?} has no alt text: describe it between the brackets, ![like this]({path})"
                        ));
                    }
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => match link_target(dest_url) {
                Some(dest) => *dest_url = dest.into(),
                None => errors.push(format!(
                    "line {line}: link {:?} must be an http(s), mailto or tel link, or a page of this site",
                    dest_url.as_ref()
                )),
            },
            _ => {}
        }
        match &event {
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, alt)) = &mut image {
                    alt.push_str(t);
                }
                if paragraph == 1 {
                    out.first_paragraph.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak if paragraph == 1 => out.first_paragraph.push(' '),
            Event::Start(Tag::Paragraph) if paragraph == 0 => paragraph = 1,
            Event::End(TagEnd::Paragraph) if paragraph == 1 => paragraph = 2,
            _ => {}
        }
        events.push(event);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    html::push_html(&mut out.html, events.into_iter());
    out.first_paragraph = out
        .first_paragraph
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Ok(out)
}

/// How many lines of `text` start before the byte `offset`: the line of
/// that byte, counting from 1, as every build message names it.
pub fn line_at(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// A heading's level in the page: the post's `top` level is an `<h2>`
/// under the page's `<h1>` (a post that starts at `##` gets no gap after
/// the title), and the others keep their distance from it.
fn below_title(level: HeadingLevel, top: HeadingLevel) -> HeadingLevel {
    let depth = level as usize - top as usize;
    HeadingLevel::try_from(2 + depth).unwrap_or(HeadingLevel::H6)
}

/// A path on this site, relative to the base (`/images/a.jpg` → `images/a.jpg`),
/// or `None` for anything with a scheme or a host.
fn site_path(url: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() || url.starts_with("//") || url.starts_with('\\') || has_scheme(url) {
        return None;
    }
    Some(url.trim_start_matches('/').to_string())
}

/// Where a link may go: http(s), mailto and tel as written, fragments as
/// written, and this site's own pages relative to the base.
fn link_target(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    if ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|s| lower.starts_with(s))
        || url.starts_with('#')
    {
        return Some(url.trim().to_string());
    }
    site_path(url)
}

fn has_scheme(url: &str) -> bool {
    url.split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains(['/', '?', '#']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &str) -> Rendered {
        render(body, 1, &|p| p == "images/ok.png").unwrap()
    }

    #[test]
    fn tables_headings_and_the_first_paragraph() {
        let r =
            ok("# Big\n\nFirst *para*\ngoes on.\n\nSecond.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(r.html.contains("<h2>Big</h2>"));
        assert!(r.html.contains("<table>") && r.html.contains("<td>2</td>"));
        assert_eq!(r.first_paragraph, "First para goes on.");
        // Whatever level the writer starts at is the one below the title.
        assert!(ok("###### six").html.contains("<h2>six</h2>"));
        let nested = ok("## A\n\n### B\n\n#### C\n\n## D\n").html;
        assert!(nested.contains("<h2>A</h2>") && nested.contains("<h3>B</h3>"));
        assert!(nested.contains("<h4>C</h4>") && nested.contains("<h2>D</h2>"));
        assert!(ok("# A\n\n###### deep\n").html.contains("<h6>deep</h6>"));
    }

    #[test]
    fn raw_html_is_text_and_warned_about() {
        let r = ok("Hi\n\n<script>alert(1)</script>\n\nand <b>bold</b>\n");
        assert!(!r.html.contains("<script") && !r.html.contains("<b>"));
        assert!(r.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(r.html.contains("&lt;b&gt;"));
        assert_eq!(r.warnings.len(), 3, "{:?}", r.warnings);
        assert!(r.warnings[0].starts_with("line 3:"));
    }

    #[test]
    fn links_go_out_plainly_and_site_links_follow_the_base() {
        let r = ok("[a](https://example.org/x) [b](/join/) [c](mailto:a@example.org) [d](#top)");
        assert!(r.html.contains("href=\"https://example.org/x\""));
        assert!(r.html.contains("href=\"join/\""));
        assert!(r.html.contains("href=\"mailto:a@example.org\""));
        assert!(r.html.contains("href=\"#top\""));
        let errors = render("x\n\n[bad](javascript:alert(1))", 5, &|_| true).unwrap_err();
        assert_eq!(
            errors,
            ["line 7: link \"javascript:alert(1)\" must be an http(s), mailto or tel link, or a page of this site"]
        );
    }

    #[test]
    fn images_must_be_site_files_with_alt_text() {
        let r = ok("![A room of people](/images/ok.png)");
        assert!(r
            .html
            .contains("<img src=\"images/ok.png\" alt=\"A room of people\""));
        for (body, why) in [
            ("![](images/ok.png)", "no alt text"),
            ("![x](https://cdn.example/a.png)", "not on another site"),
            ("![x](images/missing.png)", "not a file of the site"),
        ] {
            let errors = render(body, 10, &|p| p == "images/ok.png").unwrap_err();
            assert!(
                errors[0].contains(why) && errors[0].starts_with("line 10:"),
                "{errors:?}"
            );
        }
        // The address as the writer wrote it, in quotes.
        assert_eq!(
            render("![x](https://cdn.example/a.png)", 1, &|_| true).unwrap_err(),
            ["line 1: image \"https://cdn.example/a.png\" must be a file on this site (for example images/photo.jpg), not on another site"]
        );
    }
}
