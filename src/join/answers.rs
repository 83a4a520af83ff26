//! What the member types, and the fields it goes in.

use crate::content::validation::ValidationCopy;

/// The payload's keys besides the fields' own, which the site adds itself
/// (`payload.rs`, in this order); `extra_fields` and `redirect_field` may not reuse them.
pub const RESERVED_KEYS: [&str; 4] = ["consent_text", "locale", "submission_id", "submitted_at"];

/// Every answer, exactly as typed, by field (trimming happens when the
/// payload is built): the text of the text and choice fields, and whether
/// each checkbox is ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    texts: [String; Field::COUNT],
    ticked: [bool; Field::COUNT],
}

/// The longest answers accepted, in characters a person sees.
pub const NAME_MAX: usize = 200;
pub const EMAIL_MAX: usize = 254;
pub const SHORT_TEXT_MAX: usize = 100;
pub const MESSAGE_MAX: usize = 2000;

/// What a field accepts, declared once on the field (`Field::rule`):
/// validation, the questions and the plain form's attributes all read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A person's name: not only invisible characters.
    Name { max: usize },
    /// An email address.
    Email { max: usize },
    /// Free text; `lines`: on several lines (a textarea).
    Text {
        required: bool,
        max: usize,
        lines: bool,
    },
    /// One of the question's choices.
    Choice { required: bool },
    /// A checkbox; `required`: it must be ticked.
    Tick { required: bool },
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
    pub const COUNT: usize = 10;
    pub const ALL: [Field; Field::COUNT] = [
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

    /// What the field accepts.
    pub const fn rule(self) -> Rule {
        match self {
            Field::Name => Rule::Name { max: NAME_MAX },
            Field::Email => Rule::Email { max: EMAIL_MAX },
            Field::Province | Field::MemberType => Rule::Choice { required: true },
            Field::CountryOfTraining | Field::Specialty => Rule::Text {
                required: false,
                max: SHORT_TEXT_MAX,
                lines: false,
            },
            Field::LicensureStage => Rule::Choice { required: false },
            Field::Message => Rule::Text {
                required: false,
                max: MESSAGE_MAX,
                lines: true,
            },
            Field::ConsentPrivacy => Rule::Tick { required: true },
            Field::ConsentUpdates => Rule::Tick { required: false },
        }
    }

    /// Whether the form cannot be sent without it.
    pub const fn required(self) -> bool {
        match self.rule() {
            Rule::Name { .. } | Rule::Email { .. } => true,
            Rule::Text { required, .. } | Rule::Choice { required } | Rule::Tick { required } => {
                required
            }
        }
    }

    /// The most characters it accepts (free text only).
    pub const fn max(self) -> Option<usize> {
        match self.rule() {
            Rule::Name { max } | Rule::Email { max } | Rule::Text { max, .. } => Some(max),
            Rule::Choice { .. } | Rule::Tick { .. } => None,
        }
    }

    /// A checkbox, whose answer is ticked or not rather than text.
    pub const fn is_tick(self) -> bool {
        matches!(self.rule(), Rule::Tick { .. })
    }

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
    /// The text of a text or choice field; empty for the checkboxes.
    pub fn text(&self, field: Field) -> &str {
        &self.texts[field as usize]
    }

    pub fn set_text(&mut self, field: Field, value: String) {
        if !field.is_tick() {
            self.texts[field as usize] = value;
        }
    }

    /// Whether a checkbox is ticked; false for the text fields.
    pub fn flag(&self, field: Field) -> bool {
        self.ticked[field as usize]
    }

    pub fn set_flag(&mut self, field: Field, value: bool) {
        if field.is_tick() {
            self.ticked[field as usize] = value;
        }
    }

    /// These answers with one text more (for building answers in one expression).
    pub fn with_text(mut self, field: Field, value: impl Into<String>) -> Answers {
        self.set_text(field, value.into());
        self
    }

    /// These answers with one box ticked or not.
    pub fn with_flag(mut self, field: Field, value: bool) -> Answers {
        self.set_flag(field, value);
        self
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
    fn each_answer_is_kept_under_its_own_field() {
        let mut a = Answers::default();
        a.set_text(Field::Specialty, "Cardiologie".into());
        a.set_flag(Field::ConsentUpdates, true);
        for f in Field::ALL {
            assert_eq!(
                a.text(f),
                if f == Field::Specialty {
                    "Cardiologie"
                } else {
                    ""
                }
            );
            assert_eq!(a.flag(f), f == Field::ConsentUpdates, "{f:?}");
        }
        // A box has no text, and a text field is never ticked.
        a.set_text(Field::ConsentPrivacy, "yes".into());
        a.set_flag(Field::Name, true);
        assert_eq!(a.text(Field::ConsentPrivacy), "");
        assert!(!a.flag(Field::Name));
    }

    #[test]
    fn field_order_is_the_index_order() {
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(f as usize, i, "{f:?}");
        }
    }
}
