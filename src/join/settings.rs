//! The join section of `config.json`: where the form posts, how it encodes
//! the answers, and the constant fields a form service wants. Read by
//! `config.rs`, used by the payload and the client; it depends on nothing
//! outside `join/`.

use crate::json::{Members, Value};

use super::{Field, SiteKey};

pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The keys of the join section, as `parse` reads them; the build refuses others.
pub const JOIN_KEYS: [&str; 9] = [
    "endpoint",
    "encoding",
    "honeypot_field",
    "timeout_ms",
    "extra_fields",
    "redirect_field",
    "redirect_origins",
    "service_name",
    "service_privacy_url",
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
    /// Origins besides the endpoint's that a plain send may be sent on to (a
    /// service's own thank-you page on another origin, as Web3Forms'): the
    /// build's policy allows them with the endpoint's. Read by the build
    /// only (empty in the browser, which has no use for them).
    pub redirect_origins: Vec<String>,
    /// Who runs the endpoint (`"Formspree"`), for the privacy notice: the
    /// organisation that receives the answers. `None`: "a form service chosen by ITPO".
    pub service_name: Option<String>,
    /// That organisation's privacy policy (an `https://` address), linked from the notice.
    pub service_privacy_url: Option<String>,
}

/// The join section of `config.json`, or why it cannot be used. Never a
/// guessed endpoint.
pub(crate) fn parse(section: &Value) -> Result<JoinConfig, String> {
    parse_keyed(section).map_err(|problem| problem.message)
}

/// Why the join section cannot be used, and the key that says so (`""`: the
/// section itself), for the build to name its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinProblem {
    pub key: &'static str,
    pub message: String,
}

/// `parse`, telling which key is wrong.
pub fn parse_keyed(section: &Value) -> Result<JoinConfig, JoinProblem> {
    let at = |key: &'static str| move |message: String| JoinProblem { key, message };
    let raw = Members::of(section, "the join section").map_err(at(""))?;
    let endpoint = raw
        .text("endpoint")
        .map_err(at("endpoint"))?
        .unwrap_or_default()
        .trim()
        .to_string();
    if endpoint.is_empty() {
        return Err(at("endpoint")(NO_ENDPOINT.into()));
    }
    check_endpoint(&endpoint)
        .map_err(|why| format!("join endpoint {} {why}", quoted(&endpoint)))
        .map_err(at("endpoint"))?;
    let encoding = match raw
        .text("encoding")
        .map_err(at("encoding"))?
        .as_deref()
        .unwrap_or("json")
    {
        "json" => Encoding::Json,
        "form" => Encoding::Form,
        other => {
            return Err(at("encoding")(format!(
                "join encoding \"{other}\" must be \"json\" or \"form\""
            )))
        }
    };
    let honeypot_field = raw
        .text("honeypot_field")
        .map_err(at("honeypot_field"))?
        .filter(|h| !h.trim().is_empty());
    if let Some(h) = &honeypot_field {
        if Field::from_key(h).is_some() {
            return Err(at("honeypot_field")(format!(
                "honeypot_field \"{h}\" clashes with a form field"
            )));
        }
    }
    let timeout_ms = match raw.whole_number("timeout_ms").map_err(at("timeout_ms"))? {
        None => DEFAULT_TIMEOUT_MS,
        Some(ms) if (1..=600_000).contains(&ms) => ms as u32,
        Some(ms) => {
            return Err(at("timeout_ms")(format!(
                "timeout_ms {ms} must be between 1 and 600000"
            )))
        }
    };
    let extra_fields = match raw.get("extra_fields") {
        None => Vec::new(),
        Some(Value::Object(entries)) => entries.clone(),
        Some(_) => {
            return Err(at("extra_fields")(
                "extra_fields must be an object of names and values".into(),
            ))
        }
    };
    for (key, value) in &extra_fields {
        if Field::from_key(key).is_some() || SiteKey::is_site_key(key) {
            return Err(at("extra_fields")(format!(
                "extra field \"{key}\" clashes with a form field"
            )));
        }
        if !value.is_scalar() {
            return Err(at("extra_fields")(format!(
                "extra field \"{key}\" must be text, a number or true/false"
            )));
        }
    }
    let redirect_field = raw
        .text("redirect_field")
        .map_err(at("redirect_field"))?
        .filter(|r| !r.trim().is_empty());
    if let Some(r) = &redirect_field {
        let taken = Field::from_key(r).is_some()
            || SiteKey::is_site_key(r)
            || honeypot_field.as_ref() == Some(r)
            || extra_fields.iter().any(|(key, _)| key == r);
        if taken {
            return Err(at("redirect_field")(format!(
                "redirect_field \"{r}\" clashes with another field of the form"
            )));
        }
    }
    // Only the build reads them: it writes them into the policy. The app never needs them.
    #[cfg(target_arch = "wasm32")]
    let redirect_origins = Vec::new();
    #[cfg(not(target_arch = "wasm32"))]
    let redirect_origins = match raw.get("redirect_origins") {
        None => Vec::new(),
        Some(Value::List(items)) => items
            .iter()
            .map(|item| match item {
                Value::Text(origin) => {
                    check_origin(origin.trim())
                        .map_err(|why| format!("redirect_origins: {} {why}", quoted(origin)))?;
                    Ok(origin.trim().to_string())
                }
                _ => Err("redirect_origins must be a list of origins in quotes".into()),
            })
            .collect::<Result<_, String>>()
            .map_err(at("redirect_origins"))?,
        Some(_) => {
            return Err(at("redirect_origins")(
                "redirect_origins must be a list, e.g. [\"https://web3forms.com\"]".into(),
            ))
        }
    };
    let service_name = raw
        .text("service_name")
        .map_err(at("service_name"))?
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let service_privacy_url = raw
        .text("service_privacy_url")
        .map_err(at("service_privacy_url"))?
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    if let Some(url) = &service_privacy_url {
        if !url.starts_with("https://") || url.contains(char::is_whitespace) {
            return Err(at("service_privacy_url")(format!(
                "service_privacy_url {} must be an https:// address",
                quoted(url)
            )));
        }
    }
    Ok(JoinConfig {
        endpoint,
        encoding,
        honeypot_field,
        timeout_ms,
        extra_fields,
        redirect_field,
        redirect_origins,
        service_name,
        service_privacy_url,
    })
}

/// A value in quotes for a message, unless a line break in it would split
/// the message (the build names its line anyway). Not `escape_debug`: its
/// Unicode tables would weigh on every page's wasm.
fn quoted(value: &str) -> String {
    match value.chars().any(|c| c.is_ascii_control()) {
        true => "(with a control character)".into(),
        false => format!("\"{value}\""),
    }
}

/// An endpoint the form may post to, or why not: an `https://` URL, a path
/// on this site (one `/`, never `//` or `/\`, which browsers read as
/// another host), or `http://` on this machine for local testing.
///
/// The build checks everything (`check_url`): the endpoint's origin goes
/// into the security policy and the servers' header files, where a quote, a
/// `;` or a line break would change their meaning. The browser's copy
/// checks only the shape: the checks weigh 2 KiB of every page's wasm, and a
/// live `config.json` edited after the build cannot get past the policy the
/// build wrote anyway.
pub fn check_endpoint(endpoint: &str) -> Result<(), &'static str> {
    match endpoint.strip_prefix('/') {
        Some(rest) if rest.starts_with(['/', '\\']) => {
            return Err("must start with a single / (//… and /\\… name another site)")
        }
        Some(_) => {}
        None if endpoint.starts_with("https://") || endpoint.starts_with("http://") => {}
        None => return Err("must be an https:// URL or a path on this site starting with /"),
    }
    #[cfg(not(target_arch = "wasm32"))]
    check_url(endpoint)?;
    Ok(())
}

/// What only the build checks: nothing to quote anywhere in the URL, a host
/// that is a plain DNS name (IDN in its `xn--` form) or an IP address, and
/// plain http only on this machine.
#[cfg(not(target_arch = "wasm32"))]
fn check_url(endpoint: &str) -> Result<(), &'static str> {
    if let Some(c) = endpoint
        .chars()
        .find(|c| c.is_control() || c.is_whitespace() || "\"'<>\\^`{|}".contains(*c))
    {
        return Err(match c {
            ' ' => "must not contain spaces (write %20)",
            c if c.is_control() => "must not contain a line break or other control character",
            _ => "must not contain quotes, backslashes or any of < > ^ ` { | }",
        });
    }
    if endpoint.starts_with('/') {
        return Ok(());
    }
    let (authority, _) = split_absolute(endpoint)?;
    check_authority(endpoint, authority)
}

/// An origin (`https://host[:port]`, no path) the policy may also allow.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_origin(origin: &str) -> Result<(), &'static str> {
    check_endpoint(origin)?;
    if origin.starts_with('/') {
        return Err("must be an origin such as https://example.org, not a path");
    }
    let (_, rest) = split_absolute(origin)?;
    match rest {
        "" | "/" => Ok(()),
        _ => Err("must be an origin only (https://host, with no path)"),
    }
}

/// `scheme://authority/rest` → (authority, rest), for https and http.
fn split_absolute(url: &str) -> Result<(&str, &str), &'static str> {
    let after = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("must be an https:// URL or a path on this site starting with /")?;
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    Ok(after.split_at(end))
}

/// A host (and port) with nothing to quote; plain http only on this machine.
#[cfg(not(target_arch = "wasm32"))]
fn check_authority(url: &str, authority: &str) -> Result<(), &'static str> {
    if authority.contains('@') {
        return Err("must not contain a user name or password (@)");
    }
    let (host, port) = match authority.rsplit_once(':') {
        // An IPv6 address without a port: its colons are the address's own.
        Some((host, _)) if !host.ends_with(']') && host.contains(':') => (authority, ""),
        Some((host, port)) => (host, port),
        None => (authority, ""),
    };
    let port_ok = port.is_empty()
        || (port.bytes().all(|b| b.is_ascii_digit()) && port.parse::<u16>().is_ok_and(|p| p > 0));
    let name_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    let ip6_ok = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .is_some_and(|h| {
            !h.is_empty()
                && h.bytes()
                    .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        });
    if !(port_ok && (name_ok || ip6_ok)) {
        return Err("must name a host such as example.org (a non-ASCII name in its xn-- form)");
    }
    let loopback = host == "localhost" || host.starts_with("127.") || host == "[::1]";
    if url.starts_with("http://") && !loopback {
        return Err("must use https:// (plain http:// only on this machine, for testing)");
    }
    Ok(())
}

/// The host an endpoint URL sends to, for the privacy notice; `None` for a
/// root-relative endpoint, which is this site itself.
pub fn endpoint_host(endpoint: &str) -> Option<String> {
    split_absolute(endpoint)
        .ok()
        .map(|(authority, _)| authority.to_string())
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
        let named = parse(r#","service_name":" Formspree ","service_privacy_url":"https://formspree.io/legal/privacy-policy""#).unwrap();
        assert_eq!(named.service_name.as_deref(), Some("Formspree"));
        assert!(named
            .service_privacy_url
            .unwrap()
            .starts_with("https://formspree.io/"));
        let error = parse(r#","service_privacy_url":"http://x.example/p""#).unwrap_err();
        assert!(
            error.contains("service_privacy_url") && error.contains("https://"),
            "{error}"
        );
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
mod endpoint_tests {
    use super::{check_endpoint, check_origin};

    #[test]
    fn endpoints_are_https_a_single_slash_path_or_loopback_http() {
        for good in [
            "https://formspree.io/f/abc",
            "https://api.web3forms.com/submit",
            "https://xn--caf-dma.example:8443/j?x=1;y=2",
            "/api/join",
            "/join",
            "http://127.0.0.1:47181/join",
            "http://localhost:8787/",
            "http://[::1]:8787/join",
            "https://[2001:db8::1]/join",
        ] {
            assert_eq!(check_endpoint(good), Ok(()), "{good}");
        }
        for (bad, why) in [
            ("http://example.org/join", "https://"),
            ("//evil.example/join", "single /"),
            ("/\\evil.example/join", "single /"),
            ("https://a.example/j\"; connect-src *", "quotes"),
            ("https://a.example/j'", "quotes"),
            ("https://a.example;script-src/j", "host"),
            ("http://127.0.0.1:1/j\nX-Evil: 1", "line break"),
            ("https://a.example/ j", "spaces"),
            ("https://user:pw@a.example/j", "@"),
            ("https:///j", "host"),
            ("https://café.example/j", "xn--"),
            ("https://a.example:99999/j", "host"),
            ("ftp://a.example/j", "https://"),
            ("javascript:alert(1)", "https://"),
            ("example.org/join", "https://"),
        ] {
            let error = check_endpoint(bad).unwrap_err();
            assert!(error.contains(why), "{bad}: {error}");
        }
    }

    #[test]
    fn other_origins_are_origins() {
        assert_eq!(check_origin("https://web3forms.com"), Ok(()));
        assert_eq!(check_origin("https://web3forms.com/"), Ok(()));
        assert!(check_origin("https://web3forms.com/success").is_err());
        assert!(check_origin("/success").is_err());
        assert!(check_origin("http://web3forms.com").is_err());
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
