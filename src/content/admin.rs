//! The shape of the copy for the content editor's page at `/admin/` (the
//! editor's own screens are Sveltia CMS's, in the browser's language).

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct AdminCopy {
    /// The page's title, before " | ITPO".
    pub title: &'static str,
    /// Shown until the editor starts, and so where it cannot (no JavaScript, an old browser).
    pub needs_script: &'static str,
    /// Above the build's messages, in a post's preview, when the build would refuse it.
    pub preview_refused: &'static str,
}
