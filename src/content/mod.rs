//! All of the site's copy, kept apart from the views so that wording changes
//! (and a later French edition) need no component changes.
//!
//! Every sentence about ITPO here comes from the organisation's own page
//! (`shared/source/itpo-about-page.txt`), cleaned for the web. Facts the
//! source does not give (directors, contact details) are not invented: they
//! come from deploy-time data files instead (see `public/`).

pub mod accessibility;
pub mod directors;
pub mod join;
pub mod pages;
pub mod privacy;
pub mod resources;
pub mod ui;
pub mod validation;
pub mod work;

/// The organisation's name as it appears in headers and titles.
pub const ORG_NAME: &str = "Internationally Trained Physicians of Ontario";
/// Short form used in the document title suffix and the logo.
pub const ORG_SHORT: &str = "ITPO";
/// The motto, in Latin and English, as the source page writes it.
pub const MOTTO_LATIN: &str = "Fortissimi Una";
pub const MOTTO_ENGLISH: &str = "Stronger Together";

/// The text every page's `<title>` ends with.
pub fn document_title(page_title: &str) -> String {
    format!("{page_title} | {ORG_SHORT}")
}
