//! The shape of the privacy notice for the join form. Where a fact depends
//! on the deployment (which service processes the form, ITPO's contact
//! address) the page fills it in from `config.json` rather than stating a guess.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct PrivacyCopy {
    pub intro: &'static str,
    pub collected_heading: &'static str,
    pub collected: &'static [&'static str],
    pub not_collected: &'static str,
    pub why_heading: &'static str,
    pub why: &'static str,
    pub where_heading: &'static str,
    /// Followed by the endpoint's host name.
    pub where_configured: &'static str,
    /// Who runs that service, from `join.service_name`: "run by" NAME "another
    /// organisation"; or, unnamed, `where_service_unnamed`. Then `where_outside`.
    pub where_service_run_by: &'static str,
    pub where_service_another: &'static str,
    pub where_service_unnamed: &'static str,
    /// That the service may keep the answers outside Canada under its own policy.
    pub where_outside: &'static str,
    /// A link to the service's privacy policy (`join.service_privacy_url`), when given.
    pub where_policy_before: &'static str,
    pub where_policy_link: &'static str,
    /// When the form sends to this website itself (an endpoint path, not a URL).
    pub where_self: &'static str,
    pub where_unconfigured: &'static str,
    pub kept_heading: &'static str,
    pub kept: &'static str,
    pub withdraw_heading: &'static str,
    pub withdraw: &'static str,
    /// Followed by the contact address.
    pub withdraw_contact: &'static str,
    pub withdraw_no_contact: &'static str,
}
