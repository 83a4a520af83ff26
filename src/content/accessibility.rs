//! The shape of the accessibility statement. It states only what the
//! site's own tests check (`tests/e2e/`), its known limits, and how to
//! report a barrier; the contact comes from `config.json` when the deployer
//! gives one.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct AccessibilityCopy {
    pub intro: &'static str,
    pub standard_heading: &'static str,
    pub standard: &'static str,
    pub tested_heading: &'static str,
    pub tested: &'static [&'static str],
    pub tested_note: &'static str,
    pub limits_heading: &'static str,
    pub limits: &'static [&'static str],
    pub report_heading: &'static str,
    pub report: &'static str,
    /// Followed by the contact address.
    pub report_contact: &'static str,
    pub report_no_contact: &'static str,
}
