//! The join section of `config.json`: where the form posts, how it encodes
//! the answers, and the constant fields a form service wants. Read by
//! `config.rs`, used by the payload and the client; it depends on nothing
//! outside `join/`.

use crate::json::{Members, Value};

use super::{answers::RESERVED_KEYS, Field};

pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The keys of the join section, as `parse` reads them; the build refuses others.
pub const JOIN_KEYS: [&str; 6] = [
    "endpoint",
    "encoding",
    "honeypot_field",
    "timeout_ms",
    "extra_fields",
    "redirect_field",
];

/// Why the form cannot be sent when no endpoint is set: allowed at build time.
pub const NO_ENDPOINT: &str = "config.json names no join endpoint";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `application/json`
    Json,
    /// `application/x-www-form-urlencoded`
    Form,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JoinConfig {
    pub endpoint: String,
    pub encoding: Encoding,
    pub honeypot_field: Option<String>,
    pub timeout_ms: u32,
    /// Constant fields in the order the file gives them: text, numbers or true/false.
    pub extra_fields: Vec<(String, Value)>,
    /// The field the endpoint reads, after a plain HTML send, the address to
    /// send the member on to (Web3Forms `redirect`, Formspree `_next`): the
    /// plain form carries the thank-you page's absolute URL in it.
    pub redirect_field: Option<String>,
}

/// The join section of `config.json`, or why it cannot be used. Never a
/// guessed endpoint.
pub(crate) fn parse(section: &Value) -> Result<JoinConfig, String> {
    let raw = Members::of(section, "the join section")?;
    let endpoint = raw.text("endpoint")?.unwrap_or_default().trim().to_string();
    if endpoint.is_empty() {
        return Err(NO_ENDPOINT.into());
    }
    if !(endpoint.starts_with("https://")
        || endpoint.starts_with("http://")
        || endpoint.starts_with('/'))
    {
        return Err(format!(
            "join endpoint \"{endpoint}\" must be an http(s) URL or start with /"
        ));
    }
    let encoding = match raw.text("encoding")?.as_deref().unwrap_or("json") {
        "json" => Encoding::Json,
        "form" => Encoding::Form,
        other => {
            return Err(format!(
                "join encoding \"{other}\" must be \"json\" or \"form\""
            ))
        }
    };
    let honeypot_field = raw.text("honeypot_field")?.filter(|h| !h.trim().is_empty());
    if let Some(h) = &honeypot_field {
        if Field::from_key(h).is_some() {
            return Err(format!("honeypot_field \"{h}\" clashes with a form field"));
        }
    }
    let timeout_ms = match raw.whole_number("timeout_ms")? {
        None => DEFAULT_TIMEOUT_MS,
        Some(ms) if (1..=600_000).contains(&ms) => ms as u32,
        Some(ms) => return Err(format!("timeout_ms {ms} must be between 1 and 600000")),
    };
    let extra_fields = match raw.get("extra_fields") {
        None => Vec::new(),
        Some(Value::Object(entries)) => entries.clone(),
        Some(_) => return Err("extra_fields must be an object of names and values".into()),
    };
    for (key, value) in &extra_fields {
        if Field::from_key(key).is_some() || RESERVED_KEYS.contains(&key.as_str()) {
            return Err(format!("extra field \"{key}\" clashes with a form field"));
        }
        if !value.is_scalar() {
            return Err(format!(
                "extra field \"{key}\" must be text, a number or true/false"
            ));
        }
    }
    let redirect_field = raw.text("redirect_field")?.filter(|r| !r.trim().is_empty());
    if let Some(r) = &redirect_field {
        let taken = Field::from_key(r).is_some()
            || RESERVED_KEYS.contains(&r.as_str())
            || honeypot_field.as_ref() == Some(r)
            || extra_fields.iter().any(|(key, _)| key == r);
        if taken {
            return Err(format!(
                "redirect_field \"{r}\" clashes with another field of the form"
            ));
        }
    }
    Ok(JoinConfig {
        endpoint,
        encoding,
        honeypot_field,
        timeout_ms,
        extra_fields,
        redirect_field,
    })
}

/// The host an endpoint URL sends to, for the privacy notice; `None` for a
/// root-relative endpoint, which is this site itself.
pub fn endpoint_host(endpoint: &str) -> Option<String> {
    let (_, rest) = endpoint.split_once("://")?;
    Some(
        rest.split(['/', '?', '#'])
            .next()
            .unwrap_or(rest)
            .to_string(),
    )
}

#[cfg(test)]
mod redirect_tests {
    fn parse(extra: &str) -> Result<super::JoinConfig, String> {
        let section = crate::json::parse_value(&format!(
            r#"{{"endpoint":"https://x.example/j","honeypot_field":"_gotcha",
               "extra_fields":{{"access_key":"k"}}{extra}}}"#
        ))
        .unwrap();
        super::parse(&section)
    }

    #[test]
    fn the_redirect_field_is_optional_and_may_not_reuse_a_name() {
        assert_eq!(parse("").unwrap().redirect_field, None);
        assert_eq!(
            parse(r#","redirect_field":"redirect""#)
                .unwrap()
                .redirect_field
                .as_deref(),
            Some("redirect")
        );
        for taken in ["email", "locale", "_gotcha", "access_key"] {
            let error = parse(&format!(r#","redirect_field":"{taken}""#)).unwrap_err();
            assert!(
                error.contains(taken) && error.contains("clashes"),
                "{error}"
            );
        }
    }
}

#[cfg(test)]
mod host_tests {
    #[test]
    fn endpoint_hosts() {
        assert_eq!(
            super::endpoint_host("https://formspree.io/f/abc").as_deref(),
            Some("formspree.io")
        );
        assert_eq!(
            super::endpoint_host("http://127.0.0.1:8787/join?x").as_deref(),
            Some("127.0.0.1:8787")
        );
        assert_eq!(super::endpoint_host("/api/join"), None);
    }
}
