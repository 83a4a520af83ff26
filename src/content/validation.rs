//! What the join form says about answers it cannot send: each field's short
//! name in the error summary, and every validation message. Kept with the
//! rest of the copy so wording changes (and a French edition) touch no logic.

pub const SUMMARY_NAME: &str = super::join::LABEL_NAME;
pub const SUMMARY_EMAIL: &str = super::join::LABEL_EMAIL;
pub const SUMMARY_PROVINCE: &str = "Province or territory";
pub const SUMMARY_MEMBER_TYPE: &str = "Which describes you best";
pub const SUMMARY_COUNTRY: &str = super::join::LABEL_COUNTRY;
pub const SUMMARY_SPECIALTY: &str = super::join::LABEL_SPECIALTY;
pub const SUMMARY_STAGE: &str = super::join::LABEL_STAGE;
pub const SUMMARY_MESSAGE: &str = "Message";
pub const SUMMARY_CONSENT_PRIVACY: &str = "Privacy consent";
pub const SUMMARY_CONSENT_UPDATES: &str = "News and updates";

pub const NAME_MISSING: &str = "Enter your full name.";
pub const NAME_INVISIBLE: &str =
    "Name seems to hold only blank or invisible characters; type it with letters a person can see.";
pub const EMAIL_MISSING: &str = "Enter your email address.";
pub const EMAIL_FORMAT: &str = "Enter an email address like name@example.org.";
pub const PROVINCE_CHOICE: &str = "Choose your province or territory, or “Outside Canada”.";
pub const MEMBER_TYPE_CHOICE: &str = "Choose the description that fits you best.";
pub const STAGE_CHOICE: &str = "Choose a stage from the list, or leave it empty.";
pub const CONSENT_REQUIRED: &str =
    "Tick the box to agree that ITPO may keep your details to contact you about membership.";

pub fn email_too_long(max: usize) -> String {
    format!("Email address must be {max} characters or fewer.")
}

pub fn too_long(field: &str, max: usize, len: usize) -> String {
    format!("{field} must be {max} characters or fewer; it has {len}.")
}

pub fn control_characters(field: &str) -> String {
    format!("{field} contains invisible control characters; please retype it.")
}

pub fn hidden_characters(field: &str) -> String {
    format!(
        "{field} contains hidden characters that change how text is shown (direction overrides \
         or line separators); please retype it."
    )
}
