//! A value on its way (a built page's data, a chunk, the live directors
//! file), owned by the view that asked for it. Leptos' `LocalResource` with
//! `Suspense` does this job in its examples, but it added 14.2 KiB gzip to
//! the main module (measured: `/` went from 125.4 to 139.6 KiB), more than
//! every page's own code; this is the part of it the site uses.

use std::future::Future;

use leptos::prelude::*;

/// Starts `future` and gives its value once it arrives (`None` until then).
/// The signal belongs to the calling view: when the visitor has moved on
/// before the value arrives, it is dropped with the view, and nothing is shown
/// or focused for a page that is gone.
pub fn arriving<T: Send + Sync + 'static>(
    future: impl Future<Output = T> + 'static,
) -> ReadSignal<Option<T>> {
    let (value, set) = signal(None);
    // Only the browser fetches: the prerendered page shows what is there before.
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        // Fails, harmlessly, once the view that asked is gone.
        _ = set.try_set(Some(future.await));
    });
    #[cfg(not(target_arch = "wasm32"))]
    drop((future, set));
    value
}
