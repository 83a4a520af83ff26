fn main() {
    // The release build adopts the HTML the prerenderer wrote for this route.
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_body(itpo_site::app::App);
    // The plain client-side build (benchmark comparison) renders from nothing.
    #[cfg(feature = "csr")]
    leptos::mount::mount_to_body(itpo_site::app::App);
}
