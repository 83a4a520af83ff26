//! The saved draft: the answers and the form's submission id, kept in
//! `localStorage` as the member types so a reload or a lost connection loses
//! nothing. It never holds the honeypot. Cleared only after a confirmed success.

use super::{Answer, Answers, Field};
use crate::json::{self, Value};

pub const STORAGE_KEY: &str = "itpo.join.draft.v1";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub answers: Answers,
    /// Made when the member first sends, so retries (even after a reload)
    /// carry the same id and the endpoint can drop duplicates.
    pub submission_id: Option<String>,
}

impl Draft {
    /// `{"answers": {key: text or true/false, …}, "submission_id": …}`.
    pub fn to_json(&self) -> String {
        let answers = Field::ALL
            .iter()
            .map(|&f| (f.key().to_string(), self.answers.get(f).to_value()))
            .collect();
        let id = self
            .submission_id
            .as_deref()
            .map_or(Value::Null, Value::from);
        json::print(&Value::Object(vec![
            ("answers".into(), Value::Object(answers)),
            ("submission_id".into(), id),
        ]))
    }

    /// A damaged or foreign value gives an empty draft rather than an error;
    /// a partial one keeps what it has.
    pub fn from_json(text: &str) -> Draft {
        let mut draft = Draft::default();
        let Ok(value) = json::parse_value(text) else {
            return draft;
        };
        if let Some(answers) = value.get("answers") {
            for &f in Field::ALL {
                if let Some(answer) = answers.get(f.key()).and_then(|v| Answer::from_value(f, v)) {
                    draft.answers.set(f, answer);
                }
            }
        }
        draft.submission_id = value
            .get("submission_id")
            .and_then(Value::as_str)
            .map(str::to_string);
        draft
    }
}

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    // Private modes and blocked storage return errors: the form still works.
    web_sys::window()?.local_storage().ok()?
}

#[cfg(target_arch = "wasm32")]
pub fn load() -> Draft {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|json| Draft::from_json(&json))
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
pub fn save(draft: &Draft) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, &draft.to_json());
    }
}

#[cfg(target_arch = "wasm32")]
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn load() -> Draft {
    Draft::default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save(_: &Draft) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn clear() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_answer() {
        let d = Draft {
            answers: Answers::default()
                .with_text(Field::Name, "عائشة 👩‍⚕️")
                .with_text(Field::Message, "a\nb")
                .with_flag(Field::ConsentUpdates, true),
            submission_id: Some("id-1".into()),
        };
        assert_eq!(Draft::from_json(&d.to_json()), d);
    }

    #[test]
    fn damaged_drafts_start_empty_and_partial_ones_keep_what_they_have() {
        assert_eq!(Draft::from_json("{not json"), Draft::default());
        assert_eq!(Draft::from_json(""), Draft::default());
        let partial = Draft::from_json(r#"{"answers":{"name":"Ana","email":3}}"#);
        assert_eq!(partial.answers.text(Field::Name), "Ana");
        assert_eq!(partial.answers.text(Field::Email), "");
        assert_eq!(partial.submission_id, None);
        // What an earlier version of the site saved reads the same.
        let earlier = r#"{"answers":{"name":"A","email":"","province":"ON","member_type":"","country_of_training":"","specialty":"","licensure_stage":"","message":"","consent_privacy":true,"consent_updates":false},"submission_id":"id-9"}"#;
        let d = Draft::from_json(earlier);
        assert!(d.answers.flag(Field::ConsentPrivacy) && d.answers.text(Field::Province) == "ON");
        assert_eq!(d.to_json(), earlier);
    }

    #[test]
    fn the_draft_has_no_honeypot() {
        // A draft that carries the honeypot's key (a bot's, or written by hand) keeps only answers.
        let read =
            Draft::from_json(r#"{"answers":{"name":"A","_gotcha":"spam"},"_gotcha":"spam"}"#);
        assert_eq!(read.answers.text(Field::Name), "A");
        assert!(!read.to_json().contains("spam"), "{}", read.to_json());
    }
}
