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

/// The file being checked: its name for the messages, and its text.
#[derive(Clone, Copy)]
struct File<'a> {
    name: &'a str,
    text: &'a str,
}

type Members<'a> = Vec<(String, &'a RawValue)>;

impl<'a> File<'a> {
    /// A message about `part` (a slice of the text), naming the file and its line.
    fn at(self, part: &str, says: impl std::fmt::Display) -> String {
        let at = (part.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let line = 1 + self.text[..at.min(self.text.len())].matches('\n').count();
        format!("{}: line {line}: {says}", self.name)
    }

    /// The whole file as JSON, or the line and column where it stops being JSON.
    fn json(self) -> Result<&'a RawValue, String> {
        serde_json::from_str(self.text).map_err(|e| {
            format!(
                "{}: line {} column {}: not valid JSON: {e} (check for a missing comma or \
                 quote, or a comma after the last item)",
                self.name,
                e.line(),
                e.column()
            )
        })
    }

    /// One object of the file, its members in the file's order, each key one
    /// of `known` (or a note).
    fn object(self, raw: &'a RawValue, what: &str, known: &[&str]) -> Result<Members<'a>, String> {
        let map: BTreeMap<String, &RawValue> = serde_json::from_str(raw.get())
            .map_err(|_| self.at(raw.get(), format!("{what} must be an object {{ … }}")))?;
        let mut members: Members = map.into_iter().collect();
        members.sort_by_key(|(_, v)| v.get().as_ptr());
        match members
            .iter()
            .find(|(k, _)| !known.contains(&k.as_str()) && !is_note(k))
        {
            Some((key, value)) => Err(self.at(
                value.get(),
                format!(
                    "unknown key \"{key}\" in {what} (known: {}; keys starting with _ are notes)",
                    known.join(", ")
                ),
            )),
            None => Ok(members),
        }
    }
}

fn member<'a>(members: &Members<'a>, key: &str) -> Option<&'a RawValue> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
}

/// `config.json`: JSON, known keys only, an encoding the form knows, and a
/// join section the form can use. An empty endpoint is allowed (the pages
/// say the form cannot be sent yet); the prerenderer warns about it.
pub fn check_config(name: &str, text: &str) -> Result<(), String> {
    let file = File { name, text };
    let top = file.object(file.json()?, "the file", &["join", "contact"])?;
    if let Some(contact) = member(&top, "contact") {
        let fields = file.object(contact, "\"contact\"", &["email", "mailing_address"])?;
        if let Some(address) = member(&fields, "mailing_address") {
            let value: Result<String, _> = serde_json::from_str(address.get());
            match value {
                Ok(text) if !text.contains(char::is_control) => {}
                Ok(_) => {
                    return Err(file.at(
                        address.get(),
                        "contact.mailing_address must be on one line: separate its parts with commas",
                    ))
                }
                Err(_) => {
                    return Err(file.at(
                        address.get(),
                        "contact.mailing_address must be text in quotes, e.g. \"1 Example St, Toronto ON M5V 1A1\"",
                    ))
                }
            }
        }
        if let Some(email) = member(&fields, "email") {
            let value: Option<String> = serde_json::from_str(email.get()).unwrap_or(None);
            let value = value.unwrap_or_default();
            if !value.trim().is_empty() && !crate::join::validate::is_valid_email(value.trim()) {
                let says = format!("contact.email \"{value}\" is not an email address");
                return Err(file.at(email.get(), says));
            }
        }
    }
    let Some(join) = member(&top, "join") else {
        return Err(format!(
            "{name}: the file has no \"join\" section: add \"join\": {{ \"endpoint\": \"\" }}"
        ));
    };
    let fields = file.object(join, "\"join\"", &JOIN_KEYS)?;
    let parsed = config::parse(text).join.and_then(|join| {
        // Parsed as a URL too, as the build will to write the policy.
        super::headers::policy_origins(Some(&join)).map(|_| ())
    });
    match parsed {
        Ok(()) => Ok(()),
        Err(reason) if reason == settings::NO_ENDPOINT => Ok(()),
        Err(reason) => {
            // The member the reason names, else the section.
            let at = fields
                .iter()
                .find(|(k, _)| reason.contains(&format!("join {k}")) || reason.contains(k))
                .map_or(join, |(_, v)| *v);
            Err(file.at(at.get(), reason))
        }
    }
}

/// `directors.json`: JSON, a `directors` list, and each profile complete
/// with known keys and a name.
pub fn check_directors(name: &str, text: &str) -> Result<(), String> {
    let file = File { name, text };
    let top = file.object(file.json()?, "the file", &["directors"])?;
    let list = member(&top, "directors")
        .ok_or_else(|| format!("{name}: the file has no \"directors\" list"))?;
    let profiles: Vec<&RawValue> = serde_json::from_str(list.get())
        .map_err(|_| file.at(list.get(), "\"directors\" must be a list [ … ]"))?;
    for (i, profile) in profiles.iter().enumerate() {
        let at = |reason: String| file.at(profile.get(), format!("director {}: {reason}", i + 1));
        let director = Director::from_json(&crate::json::parse_value(profile.get()).map_err(at)?)
            .map_err(at)?;
        if director.name.trim().is_empty() {
            return Err(at("\"name\" is empty: every profile needs a name".into()));
        }
    }
    directors::parse(text)
        .map(|_| ())
        .map_err(|e| format!("{name}: {e}"))
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
            // What a typo or a hostile value in the endpoint would write into the header files.
            (
                "{\"join\": {\n\"endpoint\": \"http://example.org/j\\\"; script-src *\"\n}}",
                2,
                "must not contain quotes",
            ),
            (
                "{\"join\": {\n\"endpoint\": \"http://127.0.0.1/j\\r\\nX-Evil: 1\"\n}}",
                2,
                "line break",
            ),
            (
                "{\"join\": {\n\"endpoint\": \"http://example.org;frame-ancestors/j\"\n}}",
                2,
                "must name a host",
            ),
            ("{\"join\": {\n\"endpoint\": \"http://example.org/j\"\n}}", 2, "must use https://"),
            ("{\"join\": {\n\"endpoint\": \"//evil.example/j\"\n}}", 2, "single /"),
            ("{\"join\": {\n\"endpoint\": \"/\\\\evil.example/j\"\n}}", 2, "single /"),
            (
                "{\"join\": {\"endpoint\": \"/j\",\n\"redirect_origins\": [\"https://a.example/x\"]\n}}",
                2,
                "origin only",
            ),
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
