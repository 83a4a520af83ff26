//! The browser's half of each call (`browser/mod.rs`): the wasm build only.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use super::PLAIN_SEND_GUARD_MS;

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// Calls `f` on each element inside `root` that `selector` matches.
fn each_match(root: &Element, selector: &str, f: impl Fn(Element)) {
    if let Ok(list) = root.query_selector_all(selector) {
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .for_each(f);
    }
}

/// 16 bytes from the browser's cryptographic random source.
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// Now, as RFC 3339 in UTC (`2026-11-25T08:30:00.000Z`).
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Calls `wanted` with the path of each link the visitor points at, touches
/// or tabs to: a moment before they follow it, which is time to fetch what
/// its page needs.
pub fn on_link_intent(wanted: impl Fn(&str) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(document) = document() else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(link) = link {
            wanted(&link.pathname());
        }
    });
    for kind in ["pointerover", "touchstart", "focusin"] {
        _ = document.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    // Listens for the whole visit.
    handler.forget();
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Sets the document's language, title and description (and its Open
/// Graph twins): after an in-place navigation, to the new page's.
pub fn set_head(lang: &str, title: &str, description: &str) {
    let Some(doc) = document() else {
        return;
    };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang);
    }
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
pub fn element_text(id: &str) -> Option<String> {
    element(id)?.text_content()
}

/// The live `value` (or `checked`, as "true"/"false") of a form control, if
/// it exists in the page: what a member typed before the app took over.
pub fn control_value(id: &str, property: &str) -> Option<String> {
    let value = js_sys::Reflect::get(element(id)?.as_ref(), &property.into()).ok()?;
    value
        .as_string()
        .or_else(|| value.as_bool().map(|b| b.to_string()))
}

/// Marks `<html data-app="started">` once the app has adopted the page, for
/// styles that depend on it and for tests that wait for it. Never over the
/// loader's `failed`: an effect queued before a panic may still run after it.
pub fn mark_started() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        if root.get_attribute("data-app").as_deref() != Some("failed") {
            let _ = root.set_attribute("data-app", "started");
        }
    }
}

/// Resolves in a task of its own (a `setTimeout` of 0): start-up work
/// awaits it to hand the main thread back to the browser between its
/// steps, so no step is one long task a member's tap must wait behind.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
        if !matches!(queued, Some(Ok(_))) {
            _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The HTML inside an element of the page, if it exists: a prerendered
/// post's body, adopted as it is.
pub fn element_inner_html(id: &str) -> Option<String> {
    Some(element(id)?.inner_html())
}

/// The path of the page's `<base href>` (trunk writes it from `--public-url`).
pub fn base_uri_path() -> String {
    let base = document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new(&base)
        .map(|u| u.pathname())
        .unwrap_or_default()
}

/// The current URL's path, still percent-encoded.
pub fn pathname() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Replaces the URL's path in place (no new history entry, no request),
/// keeping its query and fragment. Does nothing when it is already that.
pub fn replace_pathname(pathname: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.pathname().ok().as_deref() == Some(pathname) {
        return;
    }
    let url = format!(
        "{pathname}{}{}",
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Loads `url` as a new page in place of the current history entry: how an
/// in-place navigation that reached the other edition hands over to that
/// edition's own page. The router pushes the new address just after
/// rendering, before this load commits, so the load takes that entry's
/// place and Back still leads to the page before.
pub fn load(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// Which page the prerenderer rendered this HTML for (`<html data-page>`).
pub fn page_rendered_for() -> Option<String> {
    document()?.document_element()?.get_attribute("data-page")
}

/// Shows, in the element `root_id`, the case of each part that depends on
/// the live `config.json` (`built_page::live`): `values` gives each key's
/// live value, or `None` when the file has none.
pub fn show_live_parts(root_id: &str, values: &[(&str, Option<&str>)]) {
    let Some(root) = element(root_id) else {
        return;
    };
    for (key, value) in values {
        each_match(&root, &format!("[data-if='{key}']"), |el| {
            _ = el.toggle_attribute_with_force("hidden", value.is_none())
        });
        each_match(&root, &format!("[data-unless='{key}']"), |el| {
            _ = el.toggle_attribute_with_force("hidden", value.is_some())
        });
        if let Some(value) = value {
            each_match(&root, &format!("[data-fill='{key}']"), |el| {
                el.set_text_content(Some(value));
                if el.tag_name() == "A" {
                    _ = el.set_attribute("href", &format!("mailto:{value}"));
                }
            });
            each_match(&root, &format!("[data-href='{key}']"), |el| {
                _ = el.set_attribute("href", value);
            });
        }
    }
}

/// Marks as past, in the element `root_id`, each event listed as upcoming
/// that has ended by the visitor's clock: the build's "upcoming" is true only
/// as of the build (`prerender/views/posts.rs` writes `data-ends`, an instant,
/// and `data-past`, the words).
pub fn mark_ended_events(root_id: &str) {
    let Some(root) = element(root_id) else {
        return;
    };
    let now = js_sys::Date::now();
    each_match(&root, "[data-ends]", |el| {
        let ends = el
            .get_attribute("data-ends")
            .map_or(f64::NAN, |at| js_sys::Date::parse(&at));
        if let (true, Some(past)) = (ends <= now, el.get_attribute("data-past")) {
            el.set_text_content(Some(&past));
            _ = el.remove_attribute("data-ends");
        }
    });
}

/// Empties the body, and drops the head links that name the page the HTML
/// was rendered for, before the app renders another page into it.
pub fn clear_page_for_render() {
    let Some(doc) = document() else {
        return;
    };
    if let Some(body) = doc.body() {
        body.set_inner_html("");
    }
    if let Some(root) = doc.document_element() {
        each_match(
            &root,
            "link[rel=canonical], meta[property='og:url']",
            |el| el.remove(),
        );
    }
}

/// How many characters a person sees: grapheme clusters, counted by the
/// browser's own `Intl.Segmenter` so the wasm carries no Unicode tables.
pub fn visible_length(text: &str) -> usize {
    let segmenter = js_sys::Intl::Segmenter::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Array::from(&segmenter.segment(text)).length() as usize
}

/// The page's origin (`https://example.org`), for absolute links to the site.
pub fn origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// Whether the page's loader let a plain HTML send of this form go out
/// less than `PLAIN_SEND_GUARD_MS` ago (it marks the form `data-sending`
/// with the time): the member's answers are on their way already.
pub fn plain_send_under_way(form_id: &str) -> bool {
    element(form_id)
        .and_then(|form| form.get_attribute("data-sending"))
        // Whole milliseconds (`Date.now()`): parsing a float would bring its tables into the wasm.
        .and_then(|at| at.parse::<u64>().ok())
        .is_some_and(|at| (js_sys::Date::now() as u64).saturating_sub(at) < PLAIN_SEND_GUARD_MS)
}

/// The app takes over the join form the page was built with: it checks the
/// answers itself (`novalidate`, and no `maxlength`, since it counts what a
/// person sees and says when there is too much), and sends where the live
/// `config.json` says, which is also where a plain send goes should the app
/// die (`action`; none when it names no endpoint).
pub fn adopt_form(form_id: &str, action: Option<&str>) {
    let Some(form) = element(form_id) else {
        return;
    };
    let _ = form.set_attribute("novalidate", "");
    let _ = match action {
        Some(action) => form.set_attribute("action", action),
        None => form.remove_attribute("action"),
    };
    each_match(&form, "[maxlength]", |el| {
        _ = el.remove_attribute("maxlength")
    });
}
