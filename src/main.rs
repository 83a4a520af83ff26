fn main() {
    leptos::mount::mount_to_body(itpo_site::app::App);
}
