//! The deployer's `config.json` and the editors' `directors.json`, checked
//! when the site is built. In the browser a broken file degrades gently (no
//! endpoint, nobody listed) because it may be edited after the build; at
//! build time the same mistake stops the build, naming the file, the line and
//! what to fix, before anything is written.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use crate::{
    config,
    content::directors::{self, Director},
    join::settings::{self, JOIN_KEYS},
    json::FromJson,
};

/// Keys a file may carry besides its own: notes for the next person (`_readme`).
fn is_note(key: &str) -> bool {
    key.starts_with('_')
}

/// The line of `part`, a slice of `text`.
fn line_of(text: &str, part: &str) -> usize {
    let at = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    1 + text[..at.min(text.len())].matches('\n').count()
}

/// One object of the file, its members in the file's order; `raw` is a slice of `text`.
fn members<'a>(
    file: &str,
    text: &'a str,
    raw: &'a str,
    what: &str,
) -> Result<Vec<(String, &'a RawValue)>, String> {
    let map: BTreeMap<String, &RawValue> = serde_json::from_str(raw).map_err(|_| {
        format!(
            "{file}: line {}: {what} must be an object {{ … }}",
            line_of(text, raw)
        )
    })?;
    let mut members: Vec<_> = map.into_iter().collect();
    members.sort_by_key(|(_, v)| line_of(text, v.get()));
    Ok(members)
}

/// Every key of an object must be one of `known` (or a note).
fn only_known(
    file: &str,
    text: &str,
    members: &[(String, &RawValue)],
    what: &str,
    known: &[&str],
) -> Result<(), String> {
    match members
        .iter()
        .find(|(k, _)| !known.contains(&k.as_str()) && !is_note(k))
    {
        Some((key, value)) => Err(format!(
            "{file}: line {}: unknown key \"{key}\" in {what} (known: {}; keys starting \
             with _ are notes)",
            line_of(text, value.get()),
            known.join(", ")
        )),
        None => Ok(()),
    }
}

/// The whole file as JSON, or the line and column where it stops being JSON.
fn json<'a>(file: &str, text: &'a str) -> Result<&'a RawValue, String> {
    serde_json::from_str(text).map_err(|e| {
        format!(
            "{file}: line {} column {}: not valid JSON: {e} (check for a missing comma or \
             quote, or a comma after the last item)",
            e.line(),
            e.column()
        )
    })
}

/// `config.json`: JSON, known keys only, an encoding the form knows, and a
/// join section the form can use. An empty endpoint is allowed (the pages
/// say the form cannot be sent yet); the prerenderer warns about it.
pub fn check_config(file: &str, text: &str) -> Result<(), String> {
    let top = members(file, text, json(file, text)?.get(), "the file")?;
    only_known(file, text, &top, "the file", &["join", "contact"])?;
    let member = |key: &str| top.iter().find(|(k, _)| k == key).map(|(_, v)| *v);
    if let Some(contact) = member("contact") {
        let fields = members(file, text, contact.get(), "\"contact\"")?;
        only_known(file, text, &fields, "\"contact\"", &["email"])?;
        if let Some((_, email)) = fields.iter().find(|(k, _)| k == "email") {
            let value: Option<String> = serde_json::from_str(email.get()).unwrap_or(None);
            let value = value.unwrap_or_default();
            if !value.trim().is_empty() && !crate::join::validate::is_valid_email(value.trim()) {
                return Err(format!(
                    "{file}: line {}: contact.email \"{value}\" is not an email address",
                    line_of(text, email.get())
                ));
            }
        }
    }
    let Some(join) = member("join") else {
        return Err(format!(
            "{file}: the file has no \"join\" section: add \"join\": {{ \"endpoint\": \"\" }}"
        ));
    };
    let fields = members(file, text, join.get(), "\"join\"")?;
    only_known(file, text, &fields, "\"join\"", &JOIN_KEYS)?;
    match config::parse(text).join {
        Ok(_) => Ok(()),
        Err(reason) if reason == settings::NO_ENDPOINT => Ok(()),
        Err(reason) => {
            // The member the reason names, else the section.
            let at = fields
                .iter()
                .find(|(k, _)| reason.contains(&format!("join {k}")) || reason.contains(k))
                .map_or(join.get(), |(_, v)| v.get());
            Err(format!("{file}: line {}: {reason}", line_of(text, at)))
        }
    }
}

/// `directors.json`: JSON, a `directors` list, and each profile complete
/// with known keys and a name.
pub fn check_directors(file: &str, text: &str) -> Result<(), String> {
    let top = members(file, text, json(file, text)?.get(), "the file")?;
    only_known(file, text, &top, "the file", &["directors"])?;
    let list = top
        .iter()
        .find(|(k, _)| k == "directors")
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("{file}: the file has no \"directors\" list"))?;
    let profiles: Vec<&RawValue> = serde_json::from_str(list.get()).map_err(|_| {
        format!(
            "{file}: line {}: \"directors\" must be a list [ … ]",
            line_of(text, list.get())
        )
    })?;
    for (i, profile) in profiles.iter().enumerate() {
        let at = |reason: String| {
            format!(
                "{file}: line {}: director {}: {reason}",
                line_of(text, profile.get()),
                i + 1
            )
        };
        let value = crate::json::parse_value(profile.get()).map_err(at)?;
        let director = Director::from_json(&value).map_err(at)?;
        if director.name.trim().is_empty() {
            return Err(at("\"name\" is empty: every profile needs a name".into()));
        }
    }
    directors::parse(text)
        .map(|_| ())
        .map_err(|e| format!("{file}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_pass() {
        assert_eq!(
            check_config("config.json", include_str!("../../public/config.json")),
            Ok(())
        );
        assert_eq!(
            check_directors(
                "directors.json",
                include_str!("../../public/directors.json")
            ),
            Ok(())
        );
        let full = r#"{"join":{"endpoint":"https://x.example/f","encoding":"form","honeypot_field":"_h",
            "timeout_ms":9000,"extra_fields":{"a":1},"redirect_field":"next","_note":"x"},
            "contact":{"email":"info@example.org"}}"#;
        assert_eq!(check_config("c", full), Ok(()));
    }

    #[test]
    fn each_mistake_in_the_config_names_its_line() {
        for (text, line, says) in [
            ("{\n\"join\": {\n\"endpoint\": \"\",\n}\n}", 4, "not valid JSON"),
            ("{\n\"join\": {},\n\"contcat\": {}\n}", 3, "unknown key \"contcat\""),
            (
                "{\n\"join\": {\n\"endpoint\": \"\",\n\"encodng\": \"form\"\n}\n}",
                4,
                "unknown key \"encodng\" in \"join\"",
            ),
            (
                "{\n\"join\": {\n\"endpoint\": \"https://x.example/f\",\n\"encoding\": \"xml\"\n}\n}",
                4,
                "\"xml\" must be \"json\" or \"form\"",
            ),
            (
                "{\"join\": {\"endpoint\": \"\"},\n\"contact\": {\"email\": \"nobody\"}}",
                2,
                "not an email address",
            ),
            ("[\n1\n]", 1, "the file must be an object"),
        ] {
            let error = check_config("public/config.json", text).unwrap_err();
            assert!(
                error.starts_with(&format!("public/config.json: line {line}"))
                    && error.contains(says),
                "{error}"
            );
        }
        assert!(check_config("c", "{}").unwrap_err().contains("no \"join\""));
    }

    #[test]
    fn each_mistake_in_the_directors_names_its_line() {
        let profile = r#"{"name": "A", "role": "R", "bio": "B"}"#;
        for (text, line, says) in [
            (format!("{{\"directors\": [\n{profile}\n"), 3, "not valid JSON"),
            (
                format!("{{\"directors\": [\n{profile},\n{{\"name\": \" \", \"role\": \"R\", \"bio\": \"B\"}}\n]}}"),
                3,
                "director 2: \"name\" is empty",
            ),
            (
                format!("{{\"directors\": [\n{profile},\n{{\"role\": \"R\", \"bio\": \"B\"}}\n]}}"),
                3,
                "\"name\" is missing",
            ),
            (
                "{\"directors\": [\n{\"name\": \"A\", \"role\": \"R\", \"bio\": \"B\", \"photoo\": \"a.jpg\"}\n]}".to_string(),
                2,
                "unknown field \"photoo\"",
            ),
            ("{\n\"directors\": {}\n}".to_string(), 2, "must be a list"),
        ] {
            let error = check_directors("public/directors.json", &text).unwrap_err();
            assert!(
                error.starts_with(&format!("public/directors.json: line {line}"))
                    && error.contains(says),
                "{error}"
            );
        }
        assert_eq!(
            check_directors("d", &format!("{{\"directors\": [{profile}]}}")),
            Ok(())
        );
    }
}
