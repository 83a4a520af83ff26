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
