//! What a submission holds and whether it passes the endpoint's own
//! checks: bodies in either encoding read into one map, and Formspree-style
//! field errors. Apart from `endpoint.rs`, which stores and answers.

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

pub fn truthy(fields: &Map<String, Value>, key: &str) -> bool {
    matches!(fields.get(key), Some(Value::Bool(true))) || text(fields, key) == "true"
}

/// The server's own checks, in Formspree's `errors: [{field, message}]` shape.
pub fn validate(fields: &Map<String, Value>) -> Vec<Value> {
    let mut errors = Vec::new();
    let mut need = |ok: bool, field: &str, message: &str| {
        if !ok {
            errors.push(json!({"field": field, "message": message}));
        }
    };
    let email = text(fields, "email");
    need(
        !text(fields, "name").is_empty(),
        "name",
        "Please enter your name.",
    );
    need(
        email
            .split_once('@')
            .is_some_and(|(l, d)| !l.is_empty() && !d.is_empty() && !email.contains(' ')),
        "email",
        "Please enter a valid email address.",
    );
    need(
        !text(fields, "province").is_empty(),
        "province",
        "Please choose a province.",
    );
    need(
        !text(fields, "member_type").is_empty(),
        "member_type",
        "Please choose a membership type.",
    );
    need(
        truthy(fields, "consent_privacy"),
        "consent_privacy",
        "Consent is required.",
    );
    need(
        !text(fields, "submission_id").is_empty(),
        "submission_id",
        "A submission id is required.",
    );
    errors
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
        assert!(truthy(&m, "consent_privacy"));
        assert!(parse_body("text/plain", b"x").is_none());
        assert!(parse_body("application/json", b"[1]").is_none());
    }

    #[test]
    fn validation_names_each_missing_field() {
        assert!(validate(&valid()).is_empty());
        let errors = validate(&Map::new());
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
