//! The shape of the copy of the pages about ITPO: the home page's
//! introduction, our story and the mission. Their pages are made at build
//! time (`prerender/views/about.rs`), so this copy is never in the browser build.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct AboutCopy {
    /// The home page's short introduction, from the source's story.
    pub home: &'static [&'static str],
    pub story: &'static [&'static str],
    pub mission_aspiration: &'static str,
    /// The source calls this list "Doctor's Desk"; "Our aims" says what it is.
    pub mission_aims_heading: &'static str,
    pub mission_aims: &'static [&'static str],
}
