//! Director profiles. The source page names no directors, so none are
//! compiled in: the list is read at run time from `directors.json` beside the
//! site (shipped empty from `public/directors.json`), so ITPO can publish its
//! board by editing one file, without a rebuild.

use serde::Deserialize;

use crate::lang::Lang;

/// The data file's name, relative to the site's public URL.
pub const DATA_FILE: &str = "directors.json";

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Director {
    pub name: String,
    pub role: String,
    pub bio: String,
    /// Image path relative to the site root, e.g. `images/directors/jane.jpg`.
    #[serde(default)]
    pub photo: Option<String>,
    /// Alternative text for the photo; the name is used when absent.
    #[serde(default)]
    pub photo_alt: Option<String>,
    /// The role, bio and alternative text in French, for the French edition.
    /// Optional: without them the French page shows the English, marked as English.
    #[serde(default)]
    pub role_fr: Option<String>,
    #[serde(default)]
    pub bio_fr: Option<String>,
    #[serde(default)]
    pub photo_alt_fr: Option<String>,
}

/// A text in the page's language when the profile has it, or the English
/// one with the language it is written in (for its `lang` attribute).
pub fn in_lang(lang: Lang, english: &str, french: Option<&str>) -> (String, Option<&'static str>) {
    match (lang, french.map(str::trim).filter(|f| !f.is_empty())) {
        (Lang::Fr, Some(french)) => (french.to_string(), None),
        (Lang::Fr, None) => (english.to_string(), Some(Lang::En.tag())),
        (Lang::En, _) => (english.to_string(), None),
    }
}

#[derive(Debug, Deserialize)]
struct DirectorsFile {
    directors: Vec<Director>,
}

/// Parses `directors.json`. Entries without a name are dropped rather than
/// shown as blank cards, and a photo on another host is dropped too: the
/// site makes no requests to third parties.
pub fn parse(json: &str) -> Result<Vec<Director>, String> {
    let file = crate::json::parse::<DirectorsFile>(json)
        .map_err(|e| format!("directors.json is not valid: {e}"))?;
    Ok(file
        .directors
        .into_iter()
        .filter(|d| !d.name.trim().is_empty())
        .map(|mut d| {
            d.photo = d.photo.filter(|p| is_site_path(p));
            d
        })
        .collect())
}

/// A path on this site (`images/a.jpg`, `/images/a.jpg`), not a URL elsewhere.
fn is_site_path(path: &str) -> bool {
    let path = path.trim();
    !path.is_empty() && !path.contains(':') && !path.starts_with("//") && !path.starts_with('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_file_is_valid_and_names_nobody() {
        let shipped = include_str!("../../public/directors.json");
        assert_eq!(parse(shipped), Ok(vec![]));
    }

    #[test]
    fn fixture_file_parses_with_optional_photo() {
        let fixture = include_str!("../../tests/fixtures/directors.json");
        let directors = parse(fixture).unwrap();
        assert!(directors.len() >= 2);
        assert!(directors.iter().any(|d| d.photo.is_some()));
        assert!(directors.iter().any(|d| d.photo.is_none()));
    }

    #[test]
    fn french_texts_are_used_on_french_pages_and_english_is_marked_otherwise() {
        assert_eq!(
            in_lang(Lang::Fr, "Chair", Some("Présidente")),
            ("Présidente".into(), None)
        );
        assert_eq!(
            in_lang(Lang::Fr, "Chair", Some("  ")),
            ("Chair".into(), Some("en-CA"))
        );
        assert_eq!(
            in_lang(Lang::Fr, "Chair", None),
            ("Chair".into(), Some("en-CA"))
        );
        assert_eq!(
            in_lang(Lang::En, "Chair", Some("Présidente")),
            ("Chair".into(), None)
        );
        let fixture = parse(include_str!("../../tests/fixtures/directors.json")).unwrap();
        assert!(
            fixture.iter().any(|d| d.bio_fr.is_some())
                && fixture.iter().any(|d| d.bio_fr.is_none())
        );
    }

    #[test]
    fn photos_on_other_hosts_are_dropped() {
        let json = r#"{"directors":[
            {"name":"A","role":"r","bio":"b","photo":"https://cdn.example/a.jpg"},
            {"name":"B","role":"r","bio":"b","photo":"//cdn.example/b.jpg"},
            {"name":"C","role":"r","bio":"b","photo":"data:image/png;base64,xx"},
            {"name":"D","role":"r","bio":"b","photo":"images/d.jpg"}]}"#;
        let photos: Vec<_> = parse(json).unwrap().into_iter().map(|d| d.photo).collect();
        assert_eq!(photos, [None, None, None, Some("images/d.jpg".to_string())]);
    }

    #[test]
    fn blank_names_are_dropped_and_garbage_is_an_error() {
        let json = r#"{"directors":[{"name":"  ","role":"r","bio":"b"}]}"#;
        assert_eq!(parse(json), Ok(vec![]));
        assert!(parse("<html>").is_err());
        assert!(parse(r#"{"directors":[{"name":"A","role":"r"}]}"#).is_err());
    }
}
