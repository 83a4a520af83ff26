//! What the member types, and the fields it goes in.

use crate::content::validation::ValidationCopy;

/// The payload's keys besides the fields' own, which the site adds itself
/// (`payload.rs`); `extra_fields` and `redirect_field` may not reuse them.
pub const RESERVED_KEYS: [&str; 4] = ["consent_text", "locale", "submission_id", "submitted_at"];

/// Every answer, exactly as typed (trimming happens when the payload is built).

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub name: String,
    pub email: String,
    pub province: String,
    pub member_type: String,
    pub country_of_training: String,
    pub specialty: String,
    pub licensure_stage: String,
    pub message: String,
    pub consent_privacy: bool,
    pub consent_updates: bool,
}

/// The form's fields, in the order they appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Email,
    Province,
    MemberType,
    CountryOfTraining,
    Specialty,
    LicensureStage,
    Message,
    ConsentPrivacy,
    ConsentUpdates,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::Email,
        Field::Province,
        Field::MemberType,
        Field::CountryOfTraining,
        Field::Specialty,
        Field::LicensureStage,
        Field::Message,
        Field::ConsentPrivacy,
        Field::ConsentUpdates,
    ];

    /// The `name` attribute and payload key.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Email => "email",
            Field::Province => "province",
            Field::MemberType => "member_type",
            Field::CountryOfTraining => "country_of_training",
            Field::Specialty => "specialty",
            Field::LicensureStage => "licensure_stage",
            Field::Message => "message",
            Field::ConsentPrivacy => "consent_privacy",
            Field::ConsentUpdates => "consent_updates",
        }
    }

    /// The element id of the field's control, used by labels and error links.
    pub fn input_id(self) -> String {
        format!("join-{}", self.key().replace('_', "-"))
    }

    /// The field's short name in the error summary.
    pub fn label(self, copy: &ValidationCopy) -> &'static str {
        match self {
            Field::Name => copy.summary_name,
            Field::Email => copy.summary_email,
            Field::Province => copy.summary_province,
            Field::MemberType => copy.summary_member_type,
            Field::CountryOfTraining => copy.summary_country,
            Field::Specialty => copy.summary_specialty,
            Field::LicensureStage => copy.summary_stage,
            Field::Message => copy.summary_message,
            Field::ConsentPrivacy => copy.summary_consent_privacy,
            Field::ConsentUpdates => copy.summary_consent_updates,
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

impl Answers {
    /// The text of a text or select field; empty for the checkboxes.
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Name => &self.name,
            Field::Email => &self.email,
            Field::Province => &self.province,
            Field::MemberType => &self.member_type,
            Field::CountryOfTraining => &self.country_of_training,
            Field::Specialty => &self.specialty,
            Field::LicensureStage => &self.licensure_stage,
            Field::Message => &self.message,
            Field::ConsentPrivacy | Field::ConsentUpdates => "",
        }
    }

    pub fn set_text(&mut self, field: Field, value: String) {
        match field {
            Field::Name => self.name = value,
            Field::Email => self.email = value,
            Field::Province => self.province = value,
            Field::MemberType => self.member_type = value,
            Field::CountryOfTraining => self.country_of_training = value,
            Field::Specialty => self.specialty = value,
            Field::LicensureStage => self.licensure_stage = value,
            Field::Message => self.message = value,
            Field::ConsentPrivacy | Field::ConsentUpdates => {}
        }
    }

    /// The state of a checkbox; false for the text fields.
    pub fn flag(&self, field: Field) -> bool {
        match field {
            Field::ConsentPrivacy => self.consent_privacy,
            Field::ConsentUpdates => self.consent_updates,
            _ => false,
        }
    }

    pub fn set_flag(&mut self, field: Field, value: bool) {
        match field {
            Field::ConsentPrivacy => self.consent_privacy = value,
            Field::ConsentUpdates => self.consent_updates = value,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
            assert!(f.input_id().starts_with("join-"));
        }
        let keys: std::collections::BTreeSet<_> = Field::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys.len(), Field::ALL.len());
        assert_eq!(Field::from_key("_gotcha"), None);
    }

    #[test]
    fn set_text_then_text_returns_it() {
        let mut a = Answers::default();
        a.set_text(Field::Specialty, "Cardiologie".into());
        assert_eq!(a.text(Field::Specialty), "Cardiologie");
        assert_ne!(a, Answers::default());
    }
}
