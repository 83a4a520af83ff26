//! "Where to start": reading `content/resources.toml` at build time. Volunteers edit it, so a
//! mistake stops the build with the line and what to fix, and only https
//! links to other sites are accepted (the page itself requests nothing).

use serde::Deserialize;

use crate::lang::{Lang, PerLang};

/// One official body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    /// Its name in English, and its official French name when it has one
    /// (otherwise French pages show the English one, marked as English).
    pub name: String,
    pub name_fr: Option<String>,
    /// What it does, in one sentence, as its own site says: in English, then in French.
    pub does: PerLang<String>,
    /// A further fact from the same sources, when there is one, in both languages.
    pub note: Option<PerLang<String>>,
    /// Its official site (https), and its French pages when it has them.
    pub link: String,
    pub link_fr: Option<String>,
    /// The page the facts come from, and its date.
    pub source: String,
    /// When the facts were last checked, `YYYY-MM-DD`.
    pub checked: String,
}

impl Resource {
    /// The name an edition shows, and whether it is the English one (so a
    /// French page marks it as English).
    pub fn name_in(&self, lang: Lang) -> (&str, bool) {
        match (lang, &self.name_fr) {
            (Lang::Fr, Some(name_fr)) => (name_fr, false),
            _ => (&self.name, true),
        }
    }

    /// The link an edition shows: the body's French pages on French pages, where it has them.
    pub fn link_in(&self, lang: Lang) -> &str {
        match (lang, &self.link_fr) {
            (crate::lang::Lang::Fr, Some(link_fr)) => link_fr,
            _ => &self.link,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    resource: Vec<toml::Spanned<Entry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    name_fr: Option<String>,
    does: String,
    does_fr: String,
    note: Option<String>,
    note_fr: Option<String>,
    link: String,
    link_fr: Option<String>,
    source: String,
    checked: toml::value::Datetime,
}

/// The list, in the file's order; `file` names the file in messages.
pub fn parse(file: &str, text: &str) -> Result<Vec<Resource>, String> {
    let line_of = |offset: usize| super::line_at(text, offset);
    let parsed: File = toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| format!("line {}: ", line_of(s.start)));
        format!("{file}: {}{}", at.unwrap_or_default(), e.message())
    })?;
    if parsed.resource.is_empty() {
        return Err(format!("{file}: lists no [[resource]]"));
    }
    parsed
        .resource
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let line = line_of(e.span().start);
            let e = e.into_inner();
            let which = format!("{file}: line {line}: resource {} ({:?})", i + 1, e.name);
            let text = |v: String, key: &str| {
                // ASCII spaces only: French typography's non-breaking spaces stay.
                let v = v.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
                if v.is_empty() {
                    Err(format!("{which}: {key} is empty"))
                } else {
                    Ok(v)
                }
            };
            for (key, link) in [("link", Some(&e.link)), ("link_fr", e.link_fr.as_ref())] {
                let Some(link) = link else { continue };
                if !link.starts_with("https://") || link.contains(char::is_whitespace) {
                    return Err(format!(
                        "{which}: {key} {link:?} must be an https:// address"
                    ));
                }
            }
            let checked = match (e.checked.date, e.checked.time) {
                (Some(d), None) => d.to_string(),
                _ => return Err(format!("{which}: checked must be a date like 2026-11-25")),
            };
            let note = match (e.note, e.note_fr) {
                (Some(en), Some(fr)) => Some(PerLang::new(text(en, "note")?, text(fr, "note_fr")?)),
                (None, None) => None,
                (Some(_), None) => {
                    return Err(format!("{which}: note_fr (the note in French) is missing"))
                }
                (None, Some(_)) => return Err(format!("{which}: note_fr is given without a note")),
            };
            Ok(Resource {
                name: text(e.name, "name")?,
                name_fr: e.name_fr.map(|n| text(n, "name_fr")).transpose()?,
                link_fr: e.link_fr,
                does: PerLang::new(text(e.does, "does")?, text(e.does_fr, "does_fr")?),
                note,
                link: e.link,
                source: text(e.source, "source")?,
                checked,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_reads_with_https_links() {
        let list = parse(
            "resources.toml",
            include_str!("../../content/resources.toml"),
        )
        .unwrap();
        assert_eq!(list.len(), 6);
        assert!(list.iter().all(|r| r.link.starts_with("https://")));
        assert_eq!(list[0].name, "Medical Council of Canada (MCC)");
        assert_eq!(
            list[0].name_fr.as_deref(),
            Some("Conseil médical du Canada (CMC)")
        );
        assert!(list
            .iter()
            .filter_map(|r| r.link_fr.as_ref())
            .all(|l| l.starts_with("https://")));
        assert_eq!(list[0].checked, "2026-11-25");
        assert!(list.iter().all(|r| !r.does[Lang::Fr].is_empty()));
        assert!(list[0]
            .note
            .as_ref()
            .is_some_and(|n| n[Lang::Fr].starts_with("L’EACMC")));
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        let entry = |extra: &str| {
            format!(
                "[[resource]]\nname = \"A\"\ndoes = \"B\"\ndoes_fr = \"C\"\nlink = \"https://a.example/\"\nsource = \"S\"\nchecked = 2026-11-25\n{extra}"
            )
        };
        for (text, why) in [
            (
                entry("colour = \"red\"\n"),
                "line 8: unknown field `colour`",
            ),
            (
                format!(
                    "# Bodies\n\n{}",
                    entry("").replace("https://a.example/", "http://a.example/")
                ),
                "line 3: resource 1 (\"A\"): link \"http://a.example/\" must be an https://",
            ),
            (
                entry("link_fr = \"http://a.example/fr/\"\n"),
                "link_fr \"http://a.example/fr/\" must be an https://",
            ),
            (entry("name_fr = \" \"\n"), "name_fr is empty"),
            (
                entry("").replace("does = \"B\"", "does = \"  \""),
                "does is empty",
            ),
            (entry("").replace("2026-11-25", "\"soon\""), "line 7:"),
            (
                entry("note = \"N\"\n"),
                "note_fr (the note in French) is missing",
            ),
            (
                entry("").replace("does_fr = \"C\"\n", ""),
                "missing field `does_fr`",
            ),
            ("".to_string(), "resource"),
        ] {
            let err = parse("r.toml", &text).unwrap_err();
            assert!(err.starts_with("r.toml: ") && err.contains(why), "{err}");
        }
    }
}
