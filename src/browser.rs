//! The few browser calls the views need, each with a native stand-in so the
//! crate (and its unit tests) also build for the host.

/// 16 bytes from the browser's cryptographic random source.
#[cfg(target_arch = "wasm32")]
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// Now, as RFC 3339 in UTC (`2026-11-25T08:30:00.000Z`).
#[cfg(target_arch = "wasm32")]
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Moves keyboard focus to the element with this id, if it exists.
#[cfg(target_arch = "wasm32")]
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = element {
        let _ = el.focus();
    }
}

/// Sets the document title and the description (and its Open Graph twins).
#[cfg(target_arch = "wasm32")]
pub fn set_head(title: &str, description: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    doc.set_title(title);
    for (selector, value) in [
        ("meta[name=description]", description),
        ("meta[property='og:description']", description),
        ("meta[property='og:title']", title),
    ] {
        if let Ok(Some(el)) = doc.query_selector(selector) {
            let _ = el.set_attribute("content", value);
        }
    }
}

/// The text of an element (the prerenderer's embedded JSON), if present.
#[cfg(target_arch = "wasm32")]
pub fn element_text(id: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .text_content()
}

/// The live `value` (or `checked`, as "true"/"false") of a form control, if
/// it exists in the page: what a member typed before the app took over.
#[cfg(target_arch = "wasm32")]
pub fn control_value(id: &str, property: &str) -> Option<String> {
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    let value = js_sys::Reflect::get(&el, &property.into()).ok()?;
    value
        .as_string()
        .or_else(|| value.as_bool().map(|b| b.to_string()))
}

/// Marks `<html data-app="started">` once the app has adopted the page, for
/// styles that depend on it and for tests that wait for it.
#[cfg(target_arch = "wasm32")]
pub fn mark_started() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", "started");
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn mark_started() {}

#[cfg(not(target_arch = "wasm32"))]
pub fn set_head(_title: &str, _description: &str) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn element_text(_id: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn control_value(_id: &str, _property: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn random_bytes() -> [u8; 16] {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    nanos.to_le_bytes()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_rfc3339() -> String {
    "1970-01-01T00:00:00.000Z".into()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_id(_id: &str) {}
