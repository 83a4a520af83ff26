//! Sending the payload. The only part of the join logic that needs a browser.
//! Only `Accept` and `Content-Type` are set: any other custom header forces a
//! preflight that endpoints such as Google Apps Script cannot answer.

/// Why an attempt failed before any answer arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendError {
    /// Offline, DNS, connection dropped, or a CORS refusal (the browser
    /// reports these the same way, on purpose).
    Network,
    /// No complete answer within `timeout_ms`.
    Timeout,
}

#[cfg(target_arch = "wasm32")]
pub async fn send(
    url: &str,
    content_type: &str,
    body: String,
    timeout_ms: u32,
) -> Result<(u16, String), SendError> {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};

    let controller = web_sys::AbortController::new().map_err(|_| SendError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Closure::<dyn FnMut()>::new(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let window = web_sys::window().ok_or(SendError::Network)?;
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            on_timeout.as_ref().unchecked_ref(),
            timeout_ms as i32,
        )
        .map_err(|_| SendError::Network)?;

    // Reading the body is inside the timeout too: a service that sends
    // headers and then stalls has not answered.
    let result = async {
        let response = gloo_net::http::Request::post(url)
            .header("Accept", "application/json")
            .header("Content-Type", content_type)
            .abort_signal(Some(&controller.signal()))
            .body(body)
            .map_err(|_| SendError::Network)?
            .send()
            .await
            .map_err(|_| SendError::Network)?;
        let status = response.status();
        let text = response.text().await.map_err(|_| SendError::Network)?;
        Ok((status, text))
    }
    .await;

    window.clear_timeout_with_handle(timer);
    drop(on_timeout);
    match result {
        Err(_) if timed_out.get() => Err(SendError::Timeout),
        other => other,
    }
}

/// Hosts have no `fetch`; the native build exists only for unit tests.
#[cfg(not(target_arch = "wasm32"))]
pub async fn send(_: &str, _: &str, _: String, _: u32) -> Result<(u16, String), SendError> {
    Err(SendError::Network)
}
