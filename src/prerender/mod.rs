//! Build-time only (the `ssr` feature, never in the browser build): turning
//! trunk's output into a static site. `trunk` reads trunk's template and
//! writes the inline loader, `document` wraps each prerendered body in its
//! page, `headers` the policy and the header files (`_headers`,
//! `nginx-headers.conf`, `.htaccess`), each value checked, `seo` the
//! robots file, the sitemap and the site URL, `render` the app for one URL,
//! `data_files` checks the deployer's and editors' JSON files, `calendar`
//! writes events as iCalendar, `cards` draws the share cards.
//! `src/bin/prerender.rs` puts them together.

pub mod admin;
pub mod built;
pub mod calendar;
pub mod cards;
pub mod data_files;
pub mod document;
pub mod event_data;
pub mod events;
pub mod feed;
pub mod headers;
pub mod policy;
pub mod posts;
pub mod render;
pub mod resources;
pub mod seo;
pub mod trunk;
pub mod views;

pub use crate::markup::escape;

pub use itpo_markdown::line_at;

/// Fixtures the module tests share: trunk's template and a site shell.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{document::SiteShell, trunk::TrunkOutput};
    use crate::data::DataFiles;

    const TRUNK_HTML: &str = r#"<!doctype html><html><head>
  <base href="/itpo/">
  <link rel="stylesheet" href="/itpo/main-abc.css" integrity="sha384-x"/>
</head><body><noscript>x</noscript></body></html>"#;

    pub fn trunk() -> TrunkOutput {
        TrunkOutput::parse(TRUNK_HTML, "app-123").unwrap()
    }

    pub fn shell<'a>(
        trunk: &'a TrunkOutput,
        data: &'a DataFiles,
        site_url: Option<&'a str>,
    ) -> SiteShell<'a> {
        SiteShell {
            trunk,
            css: "body{}",
            data,
            site_url,
            feed: false,
            policy_origins: &[],
        }
    }
}
