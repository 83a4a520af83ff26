//! The body sent to the endpoint, in either encoding. Text goes exactly as
//! typed, trimmed at the ends only; nothing is escaped or rewritten beyond
//! what the encoding itself requires.

use crate::json::{self, Value};

use super::settings::{Encoding, JoinConfig};
use strum::VariantArray;

use super::{Answers, Field, SiteKey};

/// What identifies one filled form, made once and reused on every retry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub submission_id: String,
    /// RFC 3339, UTC.
    pub submitted_at: String,
}

/// Every key and value of the payload, extra fields first so ours win.
/// `consent_text` is the consent wording as the member saw it, and `locale`
/// the language they saw it in (`en-CA`, `fr-CA`); keys and choice values
/// are the same in both.
pub fn fields(
    a: &Answers,
    config: &JoinConfig,
    stamp: &Stamp,
    consent_text: &str,
    locale: &str,
) -> Vec<(String, Value)> {
    let mut map = config.extra_fields.clone();
    for &field in Field::ALL {
        json::set(&mut map, field.key(), a.get(field).trimmed().to_value());
    }
    for key in SiteKey::VARIANTS {
        let value = match key {
            SiteKey::ConsentText => consent_text,
            SiteKey::Locale => locale,
            SiteKey::SubmissionId => &stamp.submission_id,
            SiteKey::SubmittedAt => &stamp.submitted_at,
        };
        json::set(&mut map, key.key(), value.into());
    }
    if let Some(honeypot) = &config.honeypot_field {
        json::set(&mut map, honeypot, "".into());
    }
    map
}

/// The hidden fields of the plain HTML form, so a send without the app
/// carries what `fields` adds to the answers: the extra fields, the consent
/// wording and language, and the redirect to the thank-you page (which only a
/// plain send needs). The form's controls, the honeypot and the
/// `submission_id` and `submitted_at` inputs (which the page's loader fills
/// when it runs) carry the rest.
pub fn plain_hidden_fields(
    config: &JoinConfig,
    consent_text: &str,
    locale: &str,
    thanks_url: Option<&str>,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = config
        .extra_fields
        .iter()
        .map(|(key, value)| (key.clone(), value.to_field_text()))
        .collect();
    out.push((SiteKey::ConsentText.key().into(), consent_text.into()));
    out.push((SiteKey::Locale.key().into(), locale.into()));
    if let (Some(field), Some(url)) = (&config.redirect_field, thanks_url) {
        out.push((field.clone(), url.into()));
    }
    out
}

/// The `Content-Type` and body for the configured encoding.
pub fn encode(fields: &[(String, Value)], encoding: Encoding) -> (&'static str, String) {
    match encoding {
        Encoding::Json => (
            "application/json",
            json::print(&Value::Object(fields.to_vec())),
        ),
        Encoding::Form => ("application/x-www-form-urlencoded", form_urlencode(fields)),
    }
}

fn form_urlencode(fields: &[(String, Value)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", form_escape(k), form_escape(&v.to_field_text())))
        .collect::<Vec<_>>()
        .join("&")
}

/// The WHATWG `application/x-www-form-urlencoded` byte serializer.
pub fn form_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A version 4 UUID from 16 random bytes (the caller supplies the randomness).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(encoding: &str) -> JoinConfig {
        let section = crate::json::parse_value(&format!(
            r#"{{"endpoint":"https://x.example/j","encoding":"{encoding}",
               "honeypot_field":"_gotcha","extra_fields":{{"form-name":"join","_subject":"New member","n":3}}}}"#
        ))
        .unwrap();
        super::super::settings::parse(&section).unwrap()
    }

    fn stamp() -> Stamp {
        Stamp {
            submission_id: "0b6e2f4a-3c1d-4e5f-8a9b-0c1d2e3f4a5b".into(),
            submitted_at: "2026-11-25T08:30:00.000Z".into(),
        }
    }

    fn answers() -> Answers {
        Answers::default()
            .with_text(Field::Name, "  محمد Zoë O'Brien-李 👩‍⚕️  ")
            .with_text(Field::Email, "m@example.org")
            .with_text(Field::Province, "QC")
            .with_text(Field::MemberType, "practising-img")
            .with_text(
                Field::Message,
                "<script>alert('x')</script>\nLigne 2 & 100% = \"ok\"",
            )
            .with_flag(Field::ConsentPrivacy, true)
    }

    #[test]
    fn json_payload_has_every_key_with_text_as_typed() {
        let map = fields(&answers(), &config("json"), &stamp(), "I agree.", "fr-CA");
        let (ct, body) = encode(&map, Encoding::Json);
        assert_eq!(ct, "application/json");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["name"], "محمد Zoë O'Brien-李 👩‍⚕️");
        assert_eq!(
            v["message"],
            "<script>alert('x')</script>\nLigne 2 & 100% = \"ok\""
        );
        assert_eq!(v["consent_privacy"], true);
        assert_eq!(v["consent_updates"], false);
        assert_eq!(v["specialty"], "");
        assert_eq!(v["consent_text"], "I agree.");
        assert_eq!(v["locale"], "fr-CA");
        assert_eq!(v["submission_id"], stamp().submission_id);
        assert_eq!(v["submitted_at"], "2026-11-25T08:30:00.000Z");
        assert_eq!(v["_gotcha"], "");
        assert_eq!(v["form-name"], "join");
        assert_eq!(v["n"], 3);
        assert_eq!(v.as_object().unwrap().len(), 10 + 4 + 1 + 3);
    }

    #[test]
    fn form_payload_escapes_and_round_trips() {
        let map = fields(&answers(), &config("form"), &stamp(), "a b&c=d", "en-CA");
        let (ct, body) = encode(&map, Encoding::Form);
        assert_eq!(ct, "application/x-www-form-urlencoded");
        assert!(body.contains("consent_privacy=true"));
        assert!(body.contains("consent_updates=false"));
        assert!(body.contains("consent_text=a+b%26c%3Dd"));
        assert!(body.contains("locale=en-CA"));
        assert!(body.contains("n=3"));
        assert!(!body.contains('<') && !body.contains(' ') && !body.contains('\n'));
        // Decoding gives back exactly what was typed.
        let decoded: Vec<(String, String)> = body
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                (decode(k), decode(v))
            })
            .collect();
        let get = |key: &str| decoded.iter().find(|(k, _)| k == key).unwrap().1.clone();
        assert_eq!(get("name"), "محمد Zoë O'Brien-李 👩‍⚕️");
        assert_eq!(get("message"), answers().text(Field::Message));
    }

    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_plain_send_carries_the_same_keys_as_the_apps_payload() {
        let mut config = config("form");
        config.redirect_field = Some("redirect".into());
        let app: Vec<String> = fields(&answers(), &config, &stamp(), "I agree.", "fr-CA")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        let hidden = plain_hidden_fields(&config, "I agree.", "fr-CA", Some("https://x/t/"));
        assert!(hidden.contains(&("locale".into(), "fr-CA".into())));
        assert!(hidden.contains(&("consent_text".into(), "I agree.".into())));
        assert!(hidden.contains(&("n".into(), "3".into())));
        let mut plain: Vec<String> = hidden.into_iter().map(|(k, _)| k).collect();
        plain.extend(Field::ALL.iter().map(|f| f.key().to_string()));
        plain.extend(["submission_id", "submitted_at", "_gotcha"].map(String::from));
        let (mut app, mut plain) = (app, plain);
        app.sort();
        plain.sort();
        // The redirect is the plain send's alone; everything else is the same.
        plain.retain(|k| k != "redirect");
        assert_eq!(plain, app);
        // Without a site URL there is nowhere absolute to send the member back to.
        assert!(plain_hidden_fields(&config, "", "en-CA", None)
            .iter()
            .all(|(k, _)| k != "redirect"));
    }

    #[test]
    fn long_and_empty_text_is_sent_unchanged() {
        let a = Answers::default().with_text(Field::Message, "ا".repeat(10_000));
        let map = fields(&a, &config("json"), &stamp(), "", "en-CA");
        let get = |key: &str| map.iter().find(|(k, _)| k == key).unwrap().1.clone();
        assert_eq!(get("message").as_str().unwrap().chars().count(), 10_000);
        assert_eq!(get("name"), "".into());
    }

    #[test]
    fn uuid_v4_has_version_and_variant_bits() {
        let id = uuid_v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4([0; 16]);
        assert_eq!(id, "00000000-0000-4000-8000-000000000000");
        assert_eq!(id.len(), 36);
    }
}
