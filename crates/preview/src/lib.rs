//! The content editor's preview of a post's text (`admin/main.js`): the post
//! page's HTML from the site's own Markdown rules (`itpo-markdown`, the same
//! code the build runs), and what the build would refuse in it, so a volunteer
//! sees both before saving. Built to wasm by `scripts/build-admin.mjs`, for the
//! editor only: no public page loads it.

use wasm_bindgen::prelude::*;

/// A post's text as its page will show it.
#[wasm_bindgen(getter_with_clone)]
pub struct PostPreview {
    /// The text as HTML, as the post page has it (empty when the build would refuse it).
    pub html: String,
    /// What the build would refuse, each message starting with its line in the text.
    pub problems: Vec<String>,
}

/// Renders a post's text. Pictures are taken to be the site's files: the
/// editor uploads them into the repository before saving (the build checks).
#[wasm_bindgen]
pub fn render_post(text: &str) -> PostPreview {
    match itpo_markdown::render(text, 1, &|_| true) {
        Ok(rendered) => PostPreview {
            html: rendered.html,
            problems: Vec::new(),
        },
        Err(problems) => PostPreview {
            html: String::new(),
            problems,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::render_post;

    #[test]
    fn the_preview_is_the_build_s_html_and_its_refusals() {
        let ok = render_post("# Notes\n\nSee [the notes](https://example.org/n).");
        assert_eq!(
            ok.html,
            "<h2>Notes</h2>\n<p>See <a href=\"https://example.org/n\">the notes</a>.</p>\n"
        );
        assert!(ok.problems.is_empty());
        let refused = render_post("Look:\n\n![](/images/posts/a.png)");
        assert!(refused.html.is_empty());
        assert_eq!(refused.problems.len(), 1);
        assert!(
            refused.problems[0]
                .starts_with("line 3: image \"/images/posts/a.png\" has no alt text"),
            "{:?}",
            refused.problems
        );
    }
}
