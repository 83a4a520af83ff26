//! All of the site's copy, kept apart from the views. Each area has one
//! structure (`pages.rs`, `join.rs`, …) and one value of it per language
//! (`en/`, `fr/`), so a text missing in French is a compile error, never an
//! English string on a French page. Each area is looked up by its own
//! function, so the browser build carries only the areas its views use.
//!
//! Every sentence about ITPO here comes from the organisation's own page
//! (`shared/source/itpo-about-page.txt`), cleaned for the web; the French is
//! our translation of it. Facts the source does not give (directors,
//! contact details) are not invented: they come from deploy-time data files
//! instead (see `public/`).

pub mod about;
pub mod accessibility;
pub mod admin;
mod en;
mod fr;
pub mod join;
pub mod pages;
pub mod privacy;
pub mod resources;
pub mod ui;
pub mod validation;
pub mod work;

use crate::lang::Lang;

/// The organisation's name as it appears in headers and titles. It is a
/// proper name, in English in both editions (marked `lang="en-CA"` on French pages).
pub const ORG_NAME: &str = "Internationally Trained Physicians of Ontario";
/// Short form used in the document title suffix and the logo.
pub const ORG_SHORT: &str = "ITPO";
/// The motto, in Latin as the source page writes it; its gloss is in `UiCopy`.
pub const MOTTO_LATIN: &str = "Fortissimi Una";

/// The text every page's `<title>` ends with.
pub fn document_title(page_title: &str) -> String {
    format!("{page_title} | {ORG_SHORT}")
}

macro_rules! per_language {
    ($($(#[$doc:meta])* $name:ident: $ty:ty = $value:ident;)*) => {$(
        $(#[$doc])*
        pub fn $name(lang: Lang) -> &'static $ty {
            match lang {
                Lang::En => &en::$value,
                Lang::Fr => &fr::$value,
            }
        }
    )*};
}

per_language! {
    /// Titles, headings and body text of the routed pages.
    pages: pages::PagesCopy = PAGES;
    /// The pages about ITPO (home, story, mission): used at build time only.
    about: about::AboutCopy = ABOUT;
    /// Navigation, buttons, landmarks, the language switch.
    ui: ui::UiCopy = UI;
    /// The join form's labels, choices, consent and notices.
    join: join::JoinCopy = JOIN;
    /// Validation messages and the error summary's field names.
    validation: validation::ValidationCopy = VALIDATION;
    privacy: privacy::PrivacyCopy = PRIVACY;
    accessibility: accessibility::AccessibilityCopy = ACCESSIBILITY;
    /// "Our work": used at build time only.
    work: work::WorkCopy = WORK;
    /// "Where to start": used at build time only.
    resources: resources::ResourcesCopy = RESOURCES;
    /// The content editor's page: used at build time only.
    admin: admin::AdminCopy = ADMIN;
}

/// Every piece of copy in one language, as JSON: what the browser tests
/// read to prove that no text of one edition shows on the other's pages.
#[cfg(feature = "ssr")]
pub fn all_as_json(lang: Lang) -> String {
    let all = serde_json::json!({
        "pages": pages(lang),
        "about": about(lang),
        "ui": ui(lang),
        "join": join(lang),
        "validation": validation(lang),
        "privacy": privacy(lang),
        "accessibility": accessibility(lang),
        "work": work(lang),
        "resources": resources(lang),
        "admin": admin(lang),
    });
    all.to_string()
}
