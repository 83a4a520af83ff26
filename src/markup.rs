//! Text made safe for HTML, wherever the site writes markup by hand: the
//! build's documents and pages, the plain form's hidden inputs, and the dev
//! endpoint's own pages. One function, so every place escapes alike.

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(super::escape("a<b>\"&"), "a&lt;b&gt;&quot;&amp;");
    }
}
