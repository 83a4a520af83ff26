//! English validation messages and summary labels.

use crate::content::validation::ValidationCopy;

pub const VALIDATION: ValidationCopy = ValidationCopy {
    summary_name: super::join::JOIN.label_name,
    summary_email: super::join::JOIN.label_email,
    summary_province: "Province or territory",
    summary_member_type: "Which describes you best",
    summary_country: super::join::JOIN.label_country,
    summary_specialty: super::join::JOIN.label_specialty,
    summary_stage: super::join::JOIN.label_stage,
    summary_message: "Message",
    summary_consent_privacy: "Privacy consent",
    summary_consent_updates: "News and updates",
    name_missing: "Enter your full name.",
    name_invisible: "Holds only spaces or invisible characters; type your name in letters a \
                     person can see.",
    email_missing: "Enter your email address.",
    email_format: "Enter an email address like name@example.org.",
    province_choice: "Choose your province or territory, or “Outside Canada”.",
    member_type_choice: "Choose the description that fits you best.",
    stage_choice: "Choose a stage from the list, or leave it empty.",
    consent_required: "Tick the box to agree that ITPO may keep your details to contact you \
                       about membership.",
    email_too_long: |max| format!("Must be {max} characters or fewer."),
    too_long: |max, len| format!("Must be {max} characters or fewer; it has {len}."),
    control_characters: "Contains invisible control characters; please retype it.",
    hidden_characters: "Contains hidden characters that change how text is shown (direction \
                        overrides or line separators); please retype it.",
    summary_separator: ": ",
    summary_lowercase: false,
};
