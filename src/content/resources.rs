//! The shape of the copy for "Where to start" (the resources page). The
//! bodies themselves are data, in `content/resources.toml`.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct ResourcesCopy {
    pub intro: &'static str,
    pub rules_change_heading: &'static str,
    pub rules_change: &'static str,
    pub source: &'static str,
    pub checked: &'static str,
    pub visit: &'static str,
}
