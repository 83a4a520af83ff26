//! The saved draft: the answers and the form's submission id, kept in
//! `localStorage` as the member types so a reload or a lost connection loses
//! nothing. It never holds the honeypot. Cleared only after a confirmed success.

use serde::{Deserialize, Serialize};

use super::Answers;

pub const STORAGE_KEY: &str = "itpo.join.draft.v1";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub answers: Answers,
    /// Made when the member first sends, so retries (even after a reload)
    /// carry the same id and the endpoint can drop duplicates.
    pub submission_id: Option<String>,
}

impl Draft {
    pub fn to_json(&self) -> String {
        crate::json::print(self)
    }

    /// A damaged or foreign value gives an empty draft rather than an error.
    pub fn from_json(json: &str) -> Draft {
        crate::json::parse(json).unwrap_or_default()
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
            answers: Answers {
                name: "عائشة 👩‍⚕️".into(),
                message: "a\nb".into(),
                consent_updates: true,
                ..Answers::default()
            },
            submission_id: Some("id-1".into()),
        };
        assert_eq!(Draft::from_json(&d.to_json()), d);
    }

    #[test]
    fn damaged_drafts_start_empty_and_partial_ones_keep_what_they_have() {
        assert_eq!(Draft::from_json("{not json"), Draft::default());
        assert_eq!(Draft::from_json(""), Draft::default());
        let partial = Draft::from_json(r#"{"answers":{"name":"Ana"}}"#);
        assert_eq!(partial.answers.name, "Ana");
        assert_eq!(partial.submission_id, None);
    }

    #[test]
    fn the_draft_has_no_honeypot() {
        let json = Draft::default().to_json();
        assert!(!json.contains("gotcha"));
    }
}
