//! Director profiles. The source page names no directors, so none are
//! compiled in: the list is read at run time from `directors.json` beside the
//! site (shipped empty from `public/directors.json`), so ITPO can publish its
//! board by editing one file, without a rebuild.

use crate::{
    json::{self, FromJson, Members, Value},
    lang::Lang,
};

/// The data file's name, relative to the site's public URL.
pub const DATA_FILE: &str = "directors.json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Director {
    pub name: String,
    pub role: String,
    pub bio: String,
    /// Image path relative to the site root, e.g. `images/directors/jane.jpg`.
    pub photo: Option<String>,
    /// Alternative text for the photo; the name is used when absent.
    pub photo_alt: Option<String>,
    /// The role, bio and alternative text in French, for the French edition.
    /// Optional: without them the French page shows the English, marked as English.
    pub role_fr: Option<String>,
    pub bio_fr: Option<String>,
    pub photo_alt_fr: Option<String>,
}

impl FromJson for Director {
    /// Lenient with keys it does not know: the build refuses them
    /// (`prerender/data_files.rs`), and a live file edited after the build
    /// still shows its profiles.
    fn from_json(value: &Value) -> Result<Self, String> {
        let d = Members::of(value, "a director")?;
        Ok(Director {
            name: d.required_text("name")?,
            role: d.required_text("role")?,
            bio: d.required_text("bio")?,
            photo: d.text("photo")?,
            photo_alt: d.text("photo_alt")?,
            role_fr: d.text("role_fr")?,
            bio_fr: d.text("bio_fr")?,
            photo_alt_fr: d.text("photo_alt_fr")?,
        })
    }
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

/// Parses `directors.json`. Entries without a name are dropped rather than
/// shown as blank cards, and a photo on another host is dropped too: the
/// site makes no requests to third parties.
pub fn parse(json: &str) -> Result<Vec<Director>, String> {
    let invalid = |e: String| format!("directors.json is not valid: {e}");
    let value = json::parse_value(json).map_err(invalid)?;
    let list = match Members::of(&value, "the file")
        .map_err(invalid)?
        .get("directors")
    {
        Some(Value::List(list)) => list,
        _ => return Err(invalid("\"directors\" must be a list".into())),
    };
    let directors = list
        .iter()
        .map(Director::from_json)
        .collect::<Result<Vec<_>, _>>()
        .map_err(invalid)?;
    Ok(directors
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
        let shipped = include_str!("../public/directors.json");
        assert_eq!(parse(shipped), Ok(vec![]));
    }

    #[test]
    fn fixture_file_parses_with_optional_photo() {
        let fixture = include_str!("../tests/fixtures/directors.json");
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
        let fixture = parse(include_str!("../tests/fixtures/directors.json")).unwrap();
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
        assert!(parse(r#"{"directors":[{"name":"A","role":"r"}]}"#)
            .unwrap_err()
            .contains("\"bio\" is missing"));
        let misspelt = r#"{"directors":[{"name":"A","role":"r","bio":"b","biography":"b"}]}"#;
        assert_eq!(parse(misspelt).unwrap()[0].bio, "b");
        assert!(parse(r#"{"directors":{}}"#).is_err());
    }
}
