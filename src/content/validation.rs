//! The shape of what the join form says about answers it cannot send: each
//! field's short name in the error summary, and every validation message.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct ValidationCopy {
    pub summary_name: &'static str,
    pub summary_email: &'static str,
    pub summary_province: &'static str,
    pub summary_member_type: &'static str,
    pub summary_country: &'static str,
    pub summary_specialty: &'static str,
    pub summary_stage: &'static str,
    pub summary_message: &'static str,
    pub summary_consent_privacy: &'static str,
    pub summary_consent_updates: &'static str,
    pub name_missing: &'static str,
    pub name_invisible: &'static str,
    pub email_missing: &'static str,
    pub email_format: &'static str,
    pub province_choice: &'static str,
    pub member_type_choice: &'static str,
    pub stage_choice: &'static str,
    pub consent_required: &'static str,
    /// (maximum length)
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub email_too_long: fn(usize) -> String,
    /// (field, maximum length, length)
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub too_long: fn(&str, usize, usize) -> String,
    /// (field)
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub control_characters: fn(&str) -> String,
    /// (field)
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub hidden_characters: fn(&str) -> String,
}
