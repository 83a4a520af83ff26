//! What a submission holds and whether it passes the endpoint's own
//! checks: bodies in either encoding read into one map, and Formspree-style
//! field errors. Apart from `endpoint.rs`, which stores and answers.

use itpo_site::{
    join::{Answer, Answers, Field, SiteKey},
    lang::Lang,
};

/// Fields beyond the form's own and the site's keys (a form service's
/// `access_key`, `form-name`, the redirect field…): at most this many…
pub const MAX_OTHER_FIELDS: usize = 16;
/// …each with a name and a value of at most these lengths (in bytes), so a
/// client cannot make the store keep whatever it sends.
pub const MAX_OTHER_NAME: usize = 64;
pub const MAX_OTHER_VALUE: usize = 2048;
use serde_json::{json, Map, Value};

/// JSON objects as they are; form bodies as text values.
pub fn parse_body(content_type: &str, body: &[u8]) -> Option<Map<String, Value>> {
    let text = std::str::from_utf8(body).ok()?;
    if content_type.starts_with("application/json") {
        match serde_json::from_str(text).ok()? {
            Value::Object(map) => Some(map),
            _ => None,
        }
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let mut map = Map::new();
        for pair in text.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            map.insert(form_decode(k)?, Value::String(form_decode(v)?));
        }
        Some(map)
    } else {
        None
    }
}

fn form_decode(s: &str) -> Option<String> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                out.push(u8::from_str_radix(s.get(i + 1..i + 3)?, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

pub fn text<'a>(fields: &'a Map<String, Value>, key: &str) -> &'a str {
    fields.get(key).and_then(Value::as_str).unwrap_or("").trim()
}

/// The checks of the form itself (`itpo_site::join::validate`: required
/// answers, known choices, lengths as a person counts them, names that
/// draw nothing, hidden characters), said in the submission's language, in
/// Formspree's `errors: [{field, message}]` shape; and a submission id, which
/// duplicates are judged by.
pub fn validate(fields: &Map<String, Value>, honeypot: &str) -> Vec<Value> {
    let lang = language(fields);
    let fr = lang == Lang::Fr;
    let mut answers = Answers::default();
    for &field in Field::ALL {
        let sent = fields
            .get(field.key())
            .cloned()
            .map(itpo_site::json::Value::from);
        if let Some(answer) = sent.and_then(|v| Answer::from_value(field, &v)) {
            answers.set(field, answer);
        }
    }
    let mut errors: Vec<Value> = itpo_site::join::validate::validate(&answers, lang)
        .into_iter()
        .map(|e| json!({"field": e.field.key(), "message": e.message}))
        .collect();
    let submission_id = SiteKey::SubmissionId.key();
    if text(fields, submission_id).is_empty() {
        errors.push(json!({"field": submission_id, "message": if fr {
            "Un identifiant d’envoi est requis."
        } else {
            "A submission id is required."
        }}));
    }
    // The field only robots fill: refused, never stored.
    if !text(fields, honeypot).is_empty() || fields.get(honeypot).is_some_and(|v| !v.is_string()) {
        errors.push(json!({"field": honeypot, "message": if fr {
            "Ce champ caché doit rester vide : l’envoi semble venir d’un robot."
        } else {
            "This hidden field must stay empty: the request looks automated."
        }}));
    }
    errors.extend(other_field_errors(fields, honeypot, fr));
    errors
}

/// The fields that are neither the form's nor the site's, within bounds.
fn other_field_errors(fields: &Map<String, Value>, honeypot: &str, fr: bool) -> Vec<Value> {
    let others: Vec<(&String, &Value)> = fields
        .iter()
        .filter(|(k, _)| Field::from_key(k).is_none() && !SiteKey::is_site_key(k) && *k != honeypot)
        .collect();
    if others.len() > MAX_OTHER_FIELDS {
        return vec![json!({"field": "form", "message": if fr {
            format!("La demande compte trop de champs ({}, au plus {MAX_OTHER_FIELDS} en plus de ceux du formulaire).", others.len())
        } else {
            format!("The request has too many fields ({}, at most {MAX_OTHER_FIELDS} beyond the form's own).", others.len())
        }})];
    }
    others
        .into_iter()
        .filter(|(k, v)| {
            k.len() > MAX_OTHER_NAME
                || match v {
                    Value::String(s) => s.len() > MAX_OTHER_VALUE,
                    Value::Number(_) | Value::Bool(_) | Value::Null => false,
                    Value::Array(_) | Value::Object(_) => true,
                }
        })
        .map(|(k, _)| {
            let name: String = k.chars().take(MAX_OTHER_NAME).collect();
            json!({"field": name, "message": if fr {
                format!("Ce champ est trop long ou n’est pas un simple texte (au plus {MAX_OTHER_VALUE} octets).")
            } else {
                format!("This field is too long or not plain text (at most {MAX_OTHER_VALUE} bytes).")
            }})
        })
        .collect()
}

/// The language the member saw the form in (`locale`), English otherwise.
pub fn language(fields: &Map<String, Value>) -> Lang {
    if text(fields, "locale").starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// A field's name as the form's error summary says it, for a person to read.
pub fn field_label(key: &str, lang: Lang) -> &str {
    Field::from_key(key).map_or(key, |f| f.label(itpo_site::content::validation(lang)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn valid() -> Map<String, Value> {
        match json!({"name": "王小明", "email": "w@example.org", "province": "ON",
                      "member_type": "new-img", "consent_privacy": true, "submission_id": "id-1"})
        {
            Value::Object(m) => m,
            _ => unreachable!(),
        }
    }

    #[test]
    fn form_bodies_decode_to_text() {
        let m = parse_body(
            "application/x-www-form-urlencoded",
            b"name=%D8%B9+b&consent_privacy=true&e=",
        )
        .unwrap();
        assert_eq!(m["name"], "ع b");
        assert_eq!(m["e"], "");
        assert_eq!(m["consent_privacy"], "true");
        assert!(parse_body("text/plain", b"x").is_none());
        assert!(parse_body("application/json", b"[1]").is_none());
    }

    #[test]
    fn names_a_person_cannot_see_and_unknown_choices_are_refused_in_the_members_language() {
        let mut m = valid();
        m.insert("name".into(), json!("\u{200B}\u{2060} \u{3164}"));
        m.insert("province".into(), json!("Ontario"));
        m.insert("locale".into(), json!("fr-CA"));
        let errors = validate(&m, "_gotcha");
        let fields: Vec<_> = errors
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["name", "province"]);
        let fr = itpo_site::content::validation(Lang::Fr);
        assert_eq!(errors[0]["message"], fr.name_invisible);
        assert_eq!(field_label("province", Lang::Fr), fr.summary_province);
        assert_eq!(field_label("submission_id", Lang::Fr), "submission_id");
    }

    #[test]
    fn the_honeypot_and_unbounded_extra_fields_are_refused() {
        let mut m = valid();
        m.insert("_gotcha".into(), json!("https://spam.example/"));
        let errors = validate(&m, "_gotcha");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0]["field"], "_gotcha");
        m.insert("_gotcha".into(), json!(""));
        m.insert("access_key".into(), json!("k"));
        m.insert("form-name".into(), json!("join"));
        assert!(validate(&m, "_gotcha").is_empty());
        m.insert("huge".into(), json!("x".repeat(MAX_OTHER_VALUE + 1)));
        m.insert("nested".into(), json!({"a": [1, 2]}));
        let fields: Vec<_> = validate(&m, "_gotcha")
            .iter()
            .map(|e| e["field"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(fields, ["huge", "nested"]);
        let mut many = valid();
        for i in 0..=MAX_OTHER_FIELDS {
            many.insert(format!("x{i}"), json!("1"));
        }
        assert_eq!(validate(&many, "_gotcha")[0]["field"], "form");
    }

    #[test]
    fn validation_names_each_missing_field() {
        assert!(validate(&valid(), "_gotcha").is_empty());
        let errors = validate(&Map::new(), "_gotcha");
        let fields: Vec<_> = errors
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "province",
                "member_type",
                "consent_privacy",
                "submission_id"
            ]
        );
    }
}
