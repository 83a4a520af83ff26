//! The native stand-ins (`browser/mod.rs`): what the prerenderer and the
//! unit tests get where the views call the browser. Nothing here reaches
//! the wasm.

pub fn element_inner_html(_id: &str) -> Option<String> {
    None
}

pub fn page_rendered_for() -> Option<String> {
    None
}

pub fn load(_url: &str) {}

pub fn show_live_parts(_root_id: &str, _values: &[(&str, Option<&str>)]) {}

pub fn mark_ended_events(_root_id: &str) {}

pub fn visible_length(text: &str) -> usize {
    unicode_segmentation::UnicodeSegmentation::graphemes(text, true).count()
}

pub fn mark_started() {}

pub async fn next_task() {}

pub fn set_head(_lang: &str, _title: &str, _description: &str) {}

pub fn element_text(_id: &str) -> Option<String> {
    None
}

pub fn control_value(_id: &str, _property: &str) -> Option<String> {
    None
}

pub fn random_bytes() -> [u8; 16] {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    nanos.to_le_bytes()
}

pub fn now_rfc3339() -> String {
    "1970-01-01T00:00:00.000Z".into()
}

pub fn focus_id(_id: &str) {}

pub fn origin() -> Option<String> {
    None
}

pub fn plain_send_under_way(_form_id: &str) -> bool {
    false
}

pub fn adopt_form(_form_id: &str, _action: Option<&str>) {}
