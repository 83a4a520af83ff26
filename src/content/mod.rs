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
pub mod directors;
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
    });
    all.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_send_the_same_values_in_both_languages() {
        let values = |list: &[join::Choice]| {
            let mut v: Vec<_> = list.iter().map(|(value, _)| *value).collect();
            v.sort();
            v
        };
        let (en, fr) = (join(Lang::En), join(Lang::Fr));
        assert_eq!(values(en.provinces), values(fr.provinces));
        assert_eq!(values(en.member_types), values(fr.member_types));
        assert_eq!(values(en.licensure_stages), values(fr.licensure_stages));
        assert_eq!(en.provinces.len(), 14);
    }

    #[test]
    fn french_provinces_are_in_french_alphabetical_order() {
        // Accents do not count in the order ("Île" files under I).
        let key = |s: &&str| s.replace('É', "E").replace('Î', "I");
        let names: Vec<&str> = join(Lang::Fr).provinces[..13]
            .iter()
            .map(|(_, n)| *n)
            .collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(key);
        assert_eq!(names, sorted);
        assert_eq!(join(Lang::Fr).provinces[13].0, "outside-canada");
    }

    #[test]
    fn consent_text_is_what_each_edition_shows() {
        assert!(join(Lang::En).consent_text().starts_with("I agree"));
        assert!(join(Lang::Fr).consent_text().starts_with("J’accepte"));
        assert!(join(Lang::Fr)
            .consent_text()
            .contains("avis de confidentialité."));
    }

    /// Every string of one language's copy, read through the same list the
    /// browser tests use.
    #[cfg(feature = "ssr")]
    fn strings(lang: Lang) -> std::collections::BTreeSet<String> {
        fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
            match v {
                serde_json::Value::String(s) => {
                    out.insert(s.clone());
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut out = Default::default();
        walk(&serde_json::from_str(&all_as_json(lang)).unwrap(), &mut out);
        out
    }

    /// A French field left in English would pass the browser test (it is
    /// French copy, as far as the list knows): no phrase may be the same in
    /// both editions. Single words ("Mission", "Ontario") and codes may.
    #[cfg(feature = "ssr")]
    #[test]
    fn no_phrase_is_the_same_in_both_editions() {
        let (en, fr) = (strings(Lang::En), strings(Lang::Fr));
        assert!(en.len() > 200 && fr.len() > 200);
        let shared: Vec<_> = en
            .intersection(&fr)
            .filter(|s| s.trim().contains(char::is_whitespace))
            .collect();
        assert!(shared.is_empty(), "{shared:?}");
    }

    #[test]
    fn french_dates_and_messages_read_in_french() {
        let fr = work(Lang::Fr);
        assert_eq!((fr.date)(1, fr.months[0], "2026"), "1er janvier 2026");
        assert_eq!(
            (join(Lang::Fr).summary_many)(3),
            "Votre formulaire contient 3 erreurs"
        );
        assert!((validation(Lang::Fr).too_long)(200, 201).contains("201"));
    }
}
