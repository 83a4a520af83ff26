//! A Content-Security-Policy as text: the directives joined, and the part
//! of it a `<meta http-equiv>` tag can carry. Shared by the site's policy
//! (`headers.rs`) and the content editor's (`admin.rs`).

/// Directives a `<meta http-equiv>` policy cannot carry (CSP level 3):
/// `frame-ancestors`, and the reporting ones, which this policy does not use.
const META_IGNORES: [&str; 3] = ["frame-ancestors", "report-uri", "sandbox"];

/// The directives as one header value, in order.
pub fn join_policy(directives: impl IntoIterator<Item = (&'static str, String)>) -> String {
    directives
        .into_iter()
        .map(|(name, value)| format!("{name} {value}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A policy as a meta tag carries it: without `META_IGNORES`.
pub fn meta_only(directives: Vec<(&'static str, String)>) -> String {
    join_policy(
        directives
            .into_iter()
            .filter(|(name, _)| !META_IGNORES.contains(name)),
    )
}
