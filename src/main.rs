fn main() {
    // The release build adopts the HTML the prerenderer wrote for this
    // route, or renders afresh when the host served it at a URL that names
    // another page (see `start`).
    #[cfg(feature = "hydrate")]
    {
        let base = itpo_site::config::base_path();
        itpo_site::pages::ahead::fetch_on_intent(base);
        if let Some(adopted) = itpo_site::start::prepare(base) {
            // Before Leptos starts, so not on its task runner.
            wasm_bindgen_futures::spawn_local(async move {
                // The app's code has just been compiled and started: adopting the page
                // waits for a task of its own, so the two are not one long task.
                itpo_site::browser::next_task().await;
                // A page whose code is a chunk of its own (the join and directors
                // pages): the chunk must be there before the page is adopted.
                if let Some(chunk) = adopted.app_page().map(itpo_site::pages::chunk_of) {
                    if !chunk.load().await {
                        // Like a failed download of the app: the loader keeps the page as it is.
                        panic!("the page's code did not load");
                    }
                    // The chunk has just been compiled and started in this task too.
                    itpo_site::browser::next_task().await;
                }
                leptos::mount::hydrate_body(itpo_site::app::App);
            });
        } else {
            leptos::mount::mount_to_body(itpo_site::app::App);
        }
    }
}
