fn main() {
    // The release build adopts the HTML the prerenderer wrote for this
    // route, or renders afresh when the host served it at a URL that names
    // another page (see `start`).
    #[cfg(feature = "hydrate")]
    {
        let base = itpo_site::config::base_path();
        itpo_site::pages::ahead::fetch_on_intent(base);
        if itpo_site::start::prepare(base) {
            // The join page's code is a chunk of its own: it must be there
            // before the page it rendered is adopted.
            if itpo_site::start::adopting_join_page() {
                // Before Leptos starts, so not on its task runner.
                wasm_bindgen_futures::spawn_local(async {
                    if !itpo_site::pages::join::load().await {
                        // Like a failed download of the app: the loader keeps the page as it is.
                        panic!("the join page's code did not load");
                    }
                    leptos::mount::hydrate_body(itpo_site::app::App);
                });
            } else {
                leptos::mount::hydrate_body(itpo_site::app::App);
            }
        } else {
            leptos::mount::mount_to_body(itpo_site::app::App);
        }
    }
    // The plain client-side build (benchmark comparison) renders from nothing.
    #[cfg(feature = "csr")]
    leptos::mount::mount_to_body(itpo_site::app::App);
}
