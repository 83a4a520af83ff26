//! Data files read at build time and embedded in every prerendered page
//! (`<script type="application/json" id="itpo-initial">`), so that the
//! browser's first render equals the HTML it adopts, and visitors without
//! JavaScript see the same directors and endpoint. The app still fetches the
//! live files afterwards, so edits made after a build reach script users.

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const ELEMENT_ID: &str = "itpo-initial";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InitialData {
    /// The contents of `config.json`, if it was there and was JSON.
    pub config: Option<Value>,
    /// The contents of `directors.json`, likewise.
    pub directors: Option<Value>,
}

impl InitialData {
    /// JSON that is safe inside a `<script>` element: no `</` can end it early.
    pub fn to_script_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_default()
            .replace("</", "<\\/")
            .replace("<!--", "<\\u0021--")
    }

    pub fn from_json(json: &str) -> InitialData {
        serde_json::from_str(json).unwrap_or_default()
    }
}

/// On the server the prerenderer provides it as context; in the browser it is
/// read from the page once.
pub fn load() -> InitialData {
    leptos::prelude::use_context::<InitialData>()
        .or_else(|| crate::browser::element_text(ELEMENT_ID).map(|t| InitialData::from_json(&t)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_its_element_and_round_trips() {
        let data = InitialData {
            config: Some(serde_json::json!({"x": "</script><script>alert(1)</script> <!--"})),
            directors: None,
        };
        let text = data.to_script_json();
        assert!(!text.contains("</"));
        assert!(!text.contains("<!--"));
        assert_eq!(InitialData::from_json(&text), data);
        assert_eq!(InitialData::from_json("garbage"), InitialData::default());
    }
}
