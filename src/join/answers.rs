//! What the member types, and the fields it goes in.

use strum::{EnumCount, VariantArray};

use crate::{content::validation::ValidationCopy, json::Value};

/// The payload's keys besides the fields' own, which the site adds itself
/// (`payload.rs`); `extra_fields` and `redirect_field` may not reuse them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, VariantArray)]
pub enum SiteKey {
    /// The consent wording as the member saw it.
    ConsentText,
    /// The language they saw it in (`en-CA`, `fr-CA`).
    Locale,
    /// One id per filled form, the same on every retry.
    SubmissionId,
    /// When the member first sent it (RFC 3339, UTC).
    SubmittedAt,
}

impl SiteKey {
    pub const fn key(self) -> &'static str {
        match self {
            SiteKey::ConsentText => "consent_text",
            SiteKey::Locale => "locale",
            SiteKey::SubmissionId => "submission_id",
            SiteKey::SubmittedAt => "submitted_at",
        }
    }

    /// Whether a payload key is one of the site's own.
    pub fn is_site_key(key: &str) -> bool {
        SiteKey::VARIANTS.iter().any(|k| k.key() == key)
    }
}

/// One answer: the text of a text or choice field, exactly as typed, or
/// whether a box is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    Tick(bool),
}

impl Answer {
    /// A field's answer before the member has touched it.
    pub fn empty(field: Field) -> Answer {
        if field.is_tick() {
            Answer::Tick(false)
        } else {
            Answer::Text(String::new())
        }
    }

    /// As the payload and the draft carry it: text as a string, a box as
    /// `true` or `false`.
    pub fn to_value(&self) -> Value {
        match self {
            Answer::Text(text) => text.as_str().into(),
            Answer::Tick(ticked) => Value::Bool(*ticked),
        }
    }

    /// Read back from a draft, a payload or a control, if `value` fits the
    /// field's kind. A plain form sends a ticked box as the text `true`
    /// (its `value`), and a control's `checked` reads the same way.
    pub fn from_value(field: Field, value: &Value) -> Option<Answer> {
        match (field.is_tick(), value) {
            (true, Value::Bool(ticked)) => Some(Answer::Tick(*ticked)),
            (true, Value::Text(text)) => Some(Answer::Tick(text.trim() == "true")),
            (false, Value::Text(text)) => Some(Answer::Text(text.clone())),
            _ => None,
        }
    }

    /// As it is sent: text trimmed at the ends, nothing else changed.
    pub fn trimmed(&self) -> Answer {
        match self {
            Answer::Text(text) => Answer::Text(text.trim().to_string()),
            tick => tick.clone(),
        }
    }
}

/// Every answer, by field; each of its field's kind (`Answer::empty`,
/// `Answer::from_value`), so a box never holds text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers([Answer; Field::COUNT]);

impl Default for Answers {
    fn default() -> Self {
        Answers(std::array::from_fn(|i| Answer::empty(Field::ALL[i])))
    }
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumCount, VariantArray)]
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
    /// Every field, in the form's order (derived: a field added to the enum is in it).
    pub const ALL: &'static [Field] = Field::VARIANTS;

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
        Field::ALL.iter().copied().find(|f| f.key() == key)
    }
}

impl Answers {
    pub fn get(&self, field: Field) -> &Answer {
        &self.0[field as usize]
    }

    /// Keeps `answer` if it is of the field's kind (`Answer::from_value`
    /// makes only such answers); anything else is a bug, and left out.
    pub fn set(&mut self, field: Field, answer: Answer) {
        debug_assert_eq!(
            matches!(answer, Answer::Tick(_)),
            field.is_tick(),
            "{field:?}"
        );
        if matches!(answer, Answer::Tick(_)) == field.is_tick() {
            self.0[field as usize] = answer;
        }
    }

    /// The text of a text or choice field; empty for the checkboxes.
    pub fn text(&self, field: Field) -> &str {
        match self.get(field) {
            Answer::Text(text) => text,
            Answer::Tick(_) => "",
        }
    }

    /// Whether a checkbox is ticked; false for the text fields.
    pub fn flag(&self, field: Field) -> bool {
        matches!(self.get(field), Answer::Tick(true))
    }

    pub fn set_text(&mut self, field: Field, value: String) {
        self.set(field, Answer::Text(value));
    }

    pub fn set_flag(&mut self, field: Field, value: bool) {
        self.set(field, Answer::Tick(value));
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
        for &f in Field::ALL {
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
        for &f in Field::ALL {
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
    }

    #[test]
    fn an_answer_reads_back_only_into_a_field_of_its_kind() {
        for &f in Field::ALL {
            let answer = Answer::empty(f);
            assert_eq!(Answer::from_value(f, &answer.to_value()), Some(answer));
        }
        let tick = Field::ConsentPrivacy;
        assert_eq!(
            Answer::from_value(tick, &Value::Bool(true)),
            Some(Answer::Tick(true))
        );
        // A plain form's ticked box, and one left unticked (absent, or any other text).
        assert_eq!(
            Answer::from_value(tick, &"true".into()),
            Some(Answer::Tick(true))
        );
        assert_eq!(
            Answer::from_value(tick, &"on".into()),
            Some(Answer::Tick(false))
        );
        assert_eq!(Answer::from_value(Field::Name, &Value::Bool(true)), None);
        assert_eq!(Answer::from_value(Field::Name, &Value::Null), None);
        assert_eq!(
            Answer::Text("  Ana \n".into()).trimmed(),
            Answer::Text("Ana".into())
        );
    }

    #[test]
    fn the_sites_own_keys_are_not_the_fields() {
        for key in SiteKey::VARIANTS {
            assert!(SiteKey::is_site_key(key.key()));
            assert_eq!(Field::from_key(key.key()), None);
        }
        assert!(!SiteKey::is_site_key("name"));
    }

    #[test]
    fn field_order_is_the_index_order() {
        for (i, &f) in Field::ALL.iter().enumerate() {
            assert_eq!(f as usize, i, "{f:?}");
        }
    }
}
