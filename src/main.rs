fn main() {
    // The release build adopts the HTML the prerenderer wrote for this
    // route, or renders afresh when the host served it at a URL that names
    // another page (see `start`).
    #[cfg(feature = "hydrate")]
    {
        if itpo_site::start::prepare(itpo_site::config::base_path()) {
            leptos::mount::hydrate_body(itpo_site::app::App);
        } else {
            leptos::mount::mount_to_body(itpo_site::app::App);
        }
    }
    // The plain client-side build (benchmark comparison) renders from nothing.
    #[cfg(feature = "csr")]
    leptos::mount::mount_to_body(itpo_site::app::App);
}
