//! The join form's text and choice questions as data: which field each
//! fills, its label and hint, how it is asked, and whether it is required.
//! One table, rendered by one component (`components/form_fields.rs`), so a
//! question costs the app data rather than a view type of its own.

use super::Field;
use crate::content::{
    join::{self as copy, Choice},
    ui,
};

/// How a question is asked.
pub enum Control {
    /// An `<input>` of this `type`, with this `autocomplete` token.
    Line {
        kind: &'static str,
        autocomplete: &'static str,
    },
    /// A `<textarea>`.
    Lines,
    /// A `<select>` whose first choice is an empty "Choose…".
    Choose(&'static [Choice]),
}

/// One question of the form: the field it fills and how it is asked.
pub struct Question {
    pub field: Field,
    pub label: &'static str,
    pub control: Control,
    pub hint: Option<&'static str>,
    pub required: bool,
}

/// The text and choice questions, by fieldset, in the order they appear.
pub const QUESTIONS: [(&str, &[Question]); 2] = [
    (
        ui::LEGEND_ABOUT,
        &[
            Question {
                field: Field::Name,
                label: copy::LABEL_NAME,
                control: Control::Line {
                    kind: "text",
                    autocomplete: "name",
                },
                hint: Some(copy::HINT_NAME),
                required: true,
            },
            Question {
                field: Field::Email,
                label: copy::LABEL_EMAIL,
                control: Control::Line {
                    kind: "email",
                    autocomplete: "email",
                },
                hint: None,
                required: true,
            },
            Question {
                field: Field::Province,
                label: copy::LABEL_PROVINCE,
                control: Control::Choose(copy::PROVINCES),
                hint: None,
                required: true,
            },
            Question {
                field: Field::MemberType,
                label: copy::LABEL_MEMBER_TYPE,
                control: Control::Choose(copy::MEMBER_TYPES),
                hint: None,
                required: true,
            },
        ],
    ),
    (
        ui::LEGEND_TRAINING,
        &[
            Question {
                field: Field::CountryOfTraining,
                label: copy::LABEL_COUNTRY,
                control: Control::Line {
                    kind: "text",
                    autocomplete: "country-name",
                },
                hint: None,
                required: false,
            },
            Question {
                field: Field::Specialty,
                label: copy::LABEL_SPECIALTY,
                control: Control::Line {
                    kind: "text",
                    autocomplete: "off",
                },
                hint: None,
                required: false,
            },
            Question {
                field: Field::LicensureStage,
                label: copy::LABEL_STAGE,
                control: Control::Choose(copy::LICENSURE_STAGES),
                hint: None,
                required: false,
            },
            Question {
                field: Field::Message,
                label: copy::LABEL_MESSAGE,
                control: Control::Lines,
                hint: Some(copy::HINT_MESSAGE),
                required: false,
            },
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_and_choice_field_is_asked_once_in_field_order() {
        let asked: Vec<Field> = QUESTIONS
            .iter()
            .flat_map(|(_, questions)| questions.iter().map(|q| q.field))
            .collect();
        let expected: Vec<Field> = Field::ALL
            .into_iter()
            .filter(|f| !matches!(f, Field::ConsentPrivacy | Field::ConsentUpdates))
            .collect();
        assert_eq!(asked, expected);
    }

    #[test]
    fn required_questions_are_the_ones_validation_requires() {
        for (_, questions) in QUESTIONS {
            for q in questions {
                let mut blank = crate::join::Answers::default();
                blank.set_text(q.field, String::new());
                let refused = crate::join::validate::validate(&blank)
                    .iter()
                    .any(|e| e.field == q.field);
                assert_eq!(refused, q.required, "{:?}", q.field);
            }
        }
    }
}
