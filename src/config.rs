//! Deploy-time settings, read at run time from `config.json` beside the site
//! so one build can serve staging and production. The join section's own
//! rules are in `join/settings.rs`, next to the form logic that uses them. Parsing is pure (tested
//! natively); `base_path` reads the page's `<base href>` that trunk writes
//! from `--public-url`, so sub-path deploys need no rebuild of the code.

use crate::{
    join::settings::{self, JoinConfig},
    json::{self, Members},
};

/// The file's name, relative to the site's public URL.
pub const FILE: &str = "config.json";
/// What the site knows after reading `config.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteConfig {
    /// The join endpoint, or why the form cannot be sent (for the console).
    pub join: Result<JoinConfig, String>,
    /// ITPO's public contact address, when the deployer gives one.
    pub contact_email: Option<String>,
    /// ITPO's mailing address (`contact.mailing_address`), when given: with
    /// the email, what a request for consent to news must carry (CASL).
    pub mailing_address: Option<String>,
}

/// How a member can reach ITPO to withdraw consent to news: both an email
/// address and a mailing address, or the news box is left out (CASL's
/// regulations ask for a mailing address and one other contact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsContact {
    pub email: String,
    pub mailing_address: String,
}

impl SiteConfig {
    /// The state when `config.json` is missing or unreadable.
    pub fn unavailable(reason: impl Into<String>) -> Self {
        SiteConfig {
            join: Err(reason.into()),
            contact_email: None,
            mailing_address: None,
        }
    }

    /// The contact the news consent names, when the config gives all of it.
    pub fn news_contact(&self) -> Option<NewsContact> {
        Some(NewsContact {
            email: self.contact_email.clone()?,
            mailing_address: self.mailing_address.clone()?,
        })
    }
}

/// Reads `config.json`. A broken join section never hides the contact
/// address, and never yields a guessed endpoint.
pub fn parse(text: &str) -> SiteConfig {
    let value = json::parse_value(text);
    let file = match value
        .as_ref()
        .map_err(String::clone)
        .and_then(|v| Members::of(v, "the file"))
    {
        Ok(file) => file,
        Err(e) => return SiteConfig::unavailable(format!("config.json is not valid: {e}")),
    };
    let contact = |key: &str| {
        file.get("contact")
            .and_then(|c| Members::of(c, "contact").ok()?.text(key).ok()?)
            .map(|e| e.trim().to_string())
            .filter(|e| !e.is_empty())
    };
    let contact_email = contact("email").filter(|e| crate::join::validate::is_valid_email(e));
    let mailing_address = contact("mailing_address");
    let join = match file.get("join") {
        Some(join) => settings::parse(join),
        None => Err("config.json has no \"join\" section".into()),
    };
    SiteConfig {
        join,
        contact_email,
        mailing_address,
    }
}

/// The path the site is served under, without a trailing slash: `""` at the
/// root, `"/some/path"` under a sub-path. Read once: in the browser from the
/// page's `<base href>`; off the browser the prerenderer sets it first.
pub fn base_path() -> &'static str {
    BASE_PATH.get_or_init(|| {
        #[cfg(target_arch = "wasm32")]
        {
            normalise_base(&crate::browser::base_uri_path())
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            String::new()
        }
    })
}

static BASE_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the base for rendering off the browser (once, before any render).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_base_path(public_url: &str) {
    let _ = BASE_PATH.set(normalise_base(public_url));
}

/// `path` (below the base) under the site's absolute URL, which ends in `/`
/// (`seo::site_url`): `https://example.org/itpo/` and `/join/` make
/// `https://example.org/itpo/join/`.
pub fn site_url_of(site_url: &str, path: &str) -> String {
    format!("{site_url}{}", path.trim_start_matches('/'))
}

/// A page's absolute URL (a path below the base): in the browser from the
/// page's own origin; off the browser from the site URL the prerenderer
/// sets (`SITE_URL`), `None` without one.
pub fn absolute_url(path: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        Some(format!(
            "{}{}",
            crate::browser::origin()?,
            crate::routes::href(base_path(), path)
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        SITE_URL.get().map(|site| site_url_of(site, path))
    }
}

#[cfg(not(target_arch = "wasm32"))]
static SITE_URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the absolute site URL (ending in `/`) for rendering off the browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_site_url(site_url: &str) {
    let _ = SITE_URL.set(site_url.to_string());
}

/// `"/"` → `""`, `"/a/b/"` → `"/a/b"`.
pub fn normalise_base(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::join::settings::{Encoding, DEFAULT_TIMEOUT_MS};

    const FULL: &str = r#"{ "join": {
        "endpoint": "https://example.org/join",
        "encoding": "form",
        "honeypot_field": "_gotcha",
        "timeout_ms": 2000,
        "extra_fields": { "form-name": "join", "access_key": 42 } },
        "contact": { "email": "hello@example.org", "mailing_address": " 1 Example St, Toronto ON " } }"#;

    #[test]
    fn full_config_parses() {
        let c = parse(FULL);
        let j = c.join.clone().unwrap();
        assert_eq!(j.endpoint, "https://example.org/join");
        assert_eq!(j.encoding, Encoding::Form);
        assert_eq!(j.honeypot_field.as_deref(), Some("_gotcha"));
        assert_eq!(j.timeout_ms, 2000);
        assert_eq!(
            j.extra_fields,
            vec![
                ("form-name".to_string(), "join".into()),
                ("access_key".to_string(), crate::json::Value::Number(42.0))
            ]
        );
        assert_eq!(c.contact_email.as_deref(), Some("hello@example.org"));
        assert_eq!(
            c.news_contact(),
            Some(NewsContact {
                email: "hello@example.org".into(),
                mailing_address: "1 Example St, Toronto ON".into()
            })
        );
    }

    #[test]
    fn the_news_contact_needs_both_the_email_and_the_mailing_address() {
        let with = |contact: &str| {
            parse(&format!(
                r#"{{"join":{{"endpoint":"/j"}},"contact":{contact}}}"#
            ))
        };
        assert_eq!(with(r#"{"email":"a@example.org"}"#).news_contact(), None);
        assert_eq!(
            with(r#"{"mailing_address":"1 Example St"}"#).news_contact(),
            None
        );
        assert_eq!(
            with(r#"{"email":"a@example.org","mailing_address":"  "}"#).news_contact(),
            None
        );
        assert!(
            with(r#"{"email":"a@example.org","mailing_address":"1 Example St"}"#)
                .news_contact()
                .is_some()
        );
    }

    #[test]
    fn defaults_are_json_and_15_seconds() {
        let j = parse(r#"{"join":{"endpoint":"https://x.example/f"}}"#)
            .join
            .unwrap();
        assert_eq!(j.encoding, Encoding::Json);
        assert_eq!(j.timeout_ms, DEFAULT_TIMEOUT_MS);
        assert_eq!(j.honeypot_field, None);
        assert!(j.extra_fields.is_empty());
    }

    #[test]
    fn the_committed_config_names_no_endpoint() {
        let shipped = parse(include_str!("../public/config.json"));
        assert!(shipped.join.unwrap_err().contains("no join endpoint"));
    }

    #[test]
    fn broken_configs_are_refused_with_a_reason() {
        for (json, why) in [
            ("", "not valid"),
            ("<!doctype html><html>", "not valid"),
            ("[]", "must be an object"),
            (r#"{"join":{"endpoint":3}}"#, "must be text"),
            (r#"{"join":"https://x.example/j"}"#, "must be an object"),
            ("{}", "no \"join\""),
            (r#"{"join":{}}"#, "no join endpoint"),
            (r#"{"join":{"endpoint":"   "}}"#, "no join endpoint"),
            (r#"{"join":{"endpoint":"javascript:alert(1)"}}"#, "https://"),
            (r#"{"join":{"endpoint":"example.org/join"}}"#, "https://"),
            (r#"{"join":{"endpoint":"//evil.example/j"}}"#, "single /"),
            (r#"{"join":{"endpoint":"/j","encoding":"xml"}}"#, "encoding"),
            (r#"{"join":{"endpoint":"/j","timeout_ms":0}}"#, "timeout_ms"),
            (
                r#"{"join":{"endpoint":"/j","honeypot_field":"email"}}"#,
                "honeypot",
            ),
            (
                r#"{"join":{"endpoint":"/j","extra_fields":{"name":"x"}}}"#,
                "clashes",
            ),
            (
                r#"{"join":{"endpoint":"/j","extra_fields":{"submission_id":"x"}}}"#,
                "clashes",
            ),
            (
                r#"{"join":{"endpoint":"/j","extra_fields":{"a":{"b":1}}}}"#,
                "must be text",
            ),
            (
                r#"{"join":{"endpoint":"/j","extra_fields":["a"]}}"#,
                "must be an object",
            ),
        ] {
            let err = parse(json).join.unwrap_err();
            assert!(err.contains(why), "{json}: {err}");
        }
    }

    #[test]
    fn a_bad_contact_email_is_ignored_not_shown() {
        let c = parse(r#"{"join":{"endpoint":"/j"},"contact":{"email":"not an email"}}"#);
        assert_eq!(c.contact_email, None);
        assert!(c.join.is_ok());
    }

    #[test]
    fn base_paths_are_normalised() {
        assert_eq!(normalise_base("/"), "");
        assert_eq!(normalise_base(""), "");
        assert_eq!(normalise_base("/itpo/"), "/itpo");
        assert_eq!(normalise_base("/a/b"), "/a/b");
    }
}
