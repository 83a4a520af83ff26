//! The deployer's `config.json` and the editors' `directors.json`, checked
//! when the site is built. In the browser a broken file degrades gently (no
//! endpoint, nobody listed) because it may be edited after the build; at
//! build time the same mistake stops the build, naming the file, the line and
//! what to fix, before anything is written.
//!
//! Each file is read with serde into its shape below (unknown keys refused,
//! keys starting with `_` kept as notes), so the parser itself places every
//! mistake; the join section then goes through the form's own reader
//! (`join::settings`), whose problem names its key.

use std::{collections::BTreeMap, fmt, marker::PhantomData};

use serde::{
    de::{self, value::MapAccessDeserializer, IgnoredAny, IntoDeserializer, MapAccess, Visitor},
    Deserialize, Deserializer,
};
use serde_json::value::RawValue;

use crate::join::settings;

/// An object whose keys starting with `_` are notes for the next person
/// (`"_readme"`): skipped, and the rest read into `T`, which refuses keys
/// it does not know.
struct WithNotes<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for WithNotes<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Object<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Object<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object { … }")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(SkipNotes(map)))
            }
        }
        deserializer
            .deserialize_map(Object(PhantomData))
            .map(WithNotes)
    }
}

/// The members of an object, less its notes.
struct SkipNotes<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for SkipNotes<A> {
    type Error = A::Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.0.next_key::<String>()? {
            if !key.starts_with('_') {
                return seed.deserialize(key.into_deserializer()).map(Some);
            }
            self.0.next_value::<IgnoredAny>()?;
        }
        Ok(None)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, A::Error> {
        self.0.next_value_seed(seed)
    }
}

/// `config.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Read for their checks; the site reads the file with `config::parse`.
struct ConfigFile {
    join: Option<WithNotes<JoinKeys>>,
    contact: Option<WithNotes<Contact>>,
}

/// Where the join section sits in the file, for the form reader's problems.
#[derive(Deserialize)]
struct JoinSpan<'a> {
    #[serde(borrow)]
    join: Option<&'a RawValue>,
}

/// The join section's keys, each read by `join::settings` (`JOIN_KEYS`, checked equal in a test).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Only the keys matter here.
struct JoinKeys {
    endpoint: Option<IgnoredAny>,
    encoding: Option<IgnoredAny>,
    honeypot_field: Option<IgnoredAny>,
    timeout_ms: Option<IgnoredAny>,
    extra_fields: Option<IgnoredAny>,
    redirect_field: Option<IgnoredAny>,
    redirect_origins: Option<IgnoredAny>,
    service_name: Option<IgnoredAny>,
    service_privacy_url: Option<IgnoredAny>,
}

/// ITPO's contact details, as the pages and the join form show them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Read for their checks; the site reads them with `config::parse`.
struct Contact {
    #[serde(default, deserialize_with = "email")]
    email: Option<String>,
    #[serde(default, deserialize_with = "one_line")]
    mailing_address: Option<String>,
}

fn email<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<String>::deserialize(d)?.unwrap_or_default();
    let value = value.trim();
    if !value.is_empty() && !crate::join::validate::is_valid_email(value) {
        return Err(de::Error::custom(format!(
            "contact.email \"{value}\" is not an email address"
        )));
    }
    Ok(Some(value.to_string()))
}

fn one_line<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<String>::deserialize(d).map_err(|_| {
        de::Error::custom(
            "contact.mailing_address must be text in quotes, e.g. \"1 Example St, Toronto ON M5V 1A1\"",
        )
    })?;
    if value
        .as_deref()
        .is_some_and(|v| v.contains(char::is_control))
    {
        return Err(de::Error::custom(
            "contact.mailing_address must be on one line: separate its parts with commas",
        ));
    }
    Ok(value)
}

/// `directors.json`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // The site reads the profiles with `directors::parse`.
struct DirectorsFile {
    directors: Vec<Profile>,
}

/// One director's profile (`directors::Director`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Profile {
    #[serde(deserialize_with = "name")]
    name: String,
    role: String,
    bio: String,
    photo: Option<String>,
    photo_alt: Option<String>,
    role_fr: Option<String>,
    bio_fr: Option<String>,
    photo_alt_fr: Option<String>,
}

fn name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let name = String::deserialize(d)?;
    if name.trim().is_empty() {
        return Err(de::Error::custom(
            "\"name\" is empty: every profile needs a name",
        ));
    }
    Ok(name)
}

/// `text` read as `T`, or the mistake with the file, the line and where in the file it is.
fn read<'a, T: Deserialize<'a>>(name: &str, text: &'a str) -> Result<T, String> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| mistake(name, e.inner(), &e.path().to_string()))?;
    // Nothing but spaces may follow the value (a second object pasted below the first, say).
    json.end().map_err(|e| mistake(name, &e, ""))?;
    Ok(value)
}

/// One mistake as the build names it: the file, serde_json's line, where in the file, and what.
fn mistake(name: &str, error: &serde_json::Error, path: &str) -> String {
    let says = error.to_string();
    // The message without serde_json's own " at line L column C".
    let says = says
        .rsplit_once(" at line ")
        .map_or(says.as_str(), |(s, _)| s);
    let (lead, hint) = match error.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => (
            "not valid JSON: ",
            " (check for a missing comma or quote, or a comma after the last item)",
        ),
        _ => ("", ""),
    };
    format!(
        "{name}: line {}: {}{lead}{}{hint}",
        error.line(),
        place(path),
        in_words(says, path)
    )
}

/// serde's messages in a volunteer's words: "unknown field `encodng`,
/// expected one of …" as `unknown key "encodng" in "join" (known: …)`,
/// "missing field `name`" as `"name" is missing`, and "invalid type: map,
/// expected a sequence" as `"directors" must be a list [ … ], not an object { … }`.
fn in_words(says: &str, path: &str) -> String {
    let ticked = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .map(String::from)
            .collect()
    };
    // The object the mistake is in: the path's last key (`directors[1]` is a director).
    let segments: Vec<&str> = path
        .split('.')
        .filter(|s| !s.is_empty() && *s != "?")
        .collect();
    let named = |key: &str| match key.split('[').next().unwrap_or("") {
        "" => "the file".to_string(),
        key => format!("\"{key}\""),
    };
    if let Some(rest) = says.strip_prefix("unknown field ") {
        let names = ticked(rest);
        let (key, known) = names
            .split_first()
            .map_or(("", &[][..]), |(k, rest)| (k.as_str(), rest));
        let within = segments
            .iter()
            .rev()
            .find(|s| **s != key && !s.contains('['))
            .map(|s| format!(" in {}", named(s)))
            .unwrap_or_default();
        return format!(
            "unknown key \"{key}\"{within} (known: {}; keys starting with _ are notes)",
            known.join(", ")
        );
    }
    if let Some(rest) = says.strip_prefix("missing field ") {
        return format!(
            "{} is missing",
            named(ticked(rest).first().map_or("", |k| k.as_str()))
        );
    }
    let words = |t: &str| {
        match t {
            "map" => "an object { … }",
            "sequence" | "a sequence" => "a list [ … ]",
            "a string" => "text in quotes",
            other => other,
        }
        .to_string()
    };
    let Some((found, wanted)) = says
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    else {
        return says.to_string();
    };
    let what = named(segments.last().copied().unwrap_or(""));
    format!("{what} must be {}, not {}", words(wanted), words(found))
}

/// Where a mistake is, in a volunteer's words: `directors[1].name` is "director 2: ".
fn place(path: &str) -> String {
    let index = path
        .strip_prefix("directors[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|i| i.parse::<usize>().ok());
    match index {
        Some(i) => format!("director {}: ", i + 1),
        None => String::new(),
    }
}

/// `config.json`: JSON, known keys only, a contact the pages can show, and
/// a join section the form can use. An empty endpoint is allowed (the pages
/// say the form cannot be sent yet); the prerenderer warns about it.
pub fn check_config(name: &str, text: &str) -> Result<(), String> {
    let WithNotes(file) = read::<WithNotes<ConfigFile>>(name, text)?;
    if file.join.is_none() {
        return Err(format!(
            "{name}: the file has no \"join\" section: add \"join\": {{ \"endpoint\": \"\" }}"
        ));
    }
    let join = read::<JoinSpan>(name, text)?
        .join
        .ok_or_else(|| format!("{name}: the file has no \"join\" section"))?;
    let value = crate::json::parse_value(join.get()).map_err(|e| format!("{name}: {e}"))?;
    let problem = match settings::parse_keyed(&value) {
        // Parsed as a URL too, as the build will to write the policy.
        Ok(join) => super::headers::policy_origins(Some(&join))
            .err()
            .map(|message| settings::JoinProblem {
                key: "endpoint",
                message,
            }),
        Err(problem) if problem.message == settings::NO_ENDPOINT => None,
        Err(problem) => Some(problem),
    };
    match problem {
        None => Ok(()),
        Some(problem) => {
            let members: BTreeMap<String, &RawValue> =
                serde_json::from_str(join.get()).unwrap_or_default();
            let at = members.get(problem.key).copied().unwrap_or(join);
            Err(format!(
                "{name}: line {}: {}",
                line_of(text, at.get()),
                problem.message
            ))
        }
    }
}

/// The line of `part`, a slice of `text` (serde_json's `RawValue` is one:
/// the file's own bytes where the value was written).
fn line_of(text: &str, part: &str) -> usize {
    super::line_at(
        text,
        (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize),
    )
}

/// `directors.json`: JSON, a `directors` list, and each profile complete
/// with known keys and a name.
pub fn check_directors(name: &str, text: &str) -> Result<(), String> {
    read::<WithNotes<DirectorsFile>>(name, text).map(|_| ())
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
    fn the_join_keys_the_build_accepts_are_those_the_form_reads() {
        for key in settings::JOIN_KEYS {
            let text = format!(r#"{{"join":{{"{key}":null,"_note":1}},"_readme":""}}"#);
            assert!(read::<WithNotes<ConfigFile>>("c", &text).is_ok(), "{key}");
        }
        let text = r#"{"join":{"endpont":""}}"#;
        assert!(read::<WithNotes<ConfigFile>>("c", text).is_err());
    }

    #[test]
    fn each_mistake_in_the_config_names_its_line() {
        for (text, line, says) in [
            ("{\n\"join\": {\n\"endpoint\": \"\",\n}\n}", 4, "not valid JSON"),
            ("{\n\"join\": {},\n\"contcat\": {}\n}", 3, "unknown key \"contcat\" (known: join, contact"),
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
            (
                "{\"join\": {\"endpoint\": \"\"}}\n{\"join\": {}}",
                2,
                "not valid JSON: trailing characters",
            ),
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
                "director 2: \"name\" is missing",
            ),
            (
                "{\"directors\": [\n{\"name\": \"A\", \"role\": \"R\", \"bio\": \"B\", \"photoo\": \"a.jpg\"}\n]}".to_string(),
                2,
                "director 1: unknown key \"photoo\" (known: name, role",
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
