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
    /// (maximum length, length). Messages never name their field: the
    /// field's label is beside them, and the summary puts it before them.
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub too_long: fn(usize, usize) -> String,
    pub control_characters: &'static str,
    pub hidden_characters: &'static str,
    /// Between a field's name and its message in the error summary, as each
    /// edition punctuates it (French: a non-breaking space before the colon).
    pub summary_separator: &'static str,
    /// Whether the message after the separator starts in lower case (French,
    /// as the OQLF writes after a colon); the message itself, shown beside
    /// its field, keeps its capital.
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub summary_lowercase: bool,
}

impl ValidationCopy {
    /// One line of the error summary: the field's name, then its message
    /// (which never repeats it), punctuated as the edition does.
    pub fn summary_line(&self, field_name: &str, message: &str) -> String {
        let mut chars = message.chars();
        let first = chars.next().filter(|_| self.summary_lowercase);
        match first {
            // ASCII only (with the two accented capitals French messages may start with):
            // `char::to_lowercase` would bring Unicode's case tables, 10 KiB, into the wasm.
            Some(first) => format!(
                "{field_name}{}{}{}",
                self.summary_separator,
                match first {
                    'É' => 'é',
                    'À' => 'à',
                    c => c.to_ascii_lowercase(),
                },
                chars.as_str()
            ),
            None => format!("{field_name}{}{message}", self.summary_separator),
        }
    }
}
