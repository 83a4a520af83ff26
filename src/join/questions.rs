//! The join form's text and choice questions as data: which field each
//! fills, its label and hint, how it is asked, and whether it is required.
//! One table, rendered by one component (`components/form_fields.rs`), so a
//! question costs the app data rather than a view type of its own. The
//! table is the same in both languages; only its words change.

use super::Field;
use crate::{
    content::{self, join::Choice},
    lang::Lang,
};

/// How a question is asked.
#[derive(Clone, Copy)]
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
#[derive(Clone, Copy)]
pub struct Question {
    pub field: Field,
    pub label: &'static str,
    pub control: Control,
    pub hint: Option<&'static str>,
    pub required: bool,
}

/// The text and choice questions, by fieldset, in the order they appear.
pub fn questions(lang: Lang) -> [(&'static str, [Question; 4]); 2] {
    let c = content::join(lang);
    let ui = content::ui(lang);
    let line = |kind, autocomplete| Control::Line { kind, autocomplete };
    let ask = |field, label, control, hint, required| Question {
        field,
        label,
        control,
        hint,
        required,
    };
    [
        (
            ui.legend_about,
            [
                ask(
                    Field::Name,
                    c.label_name,
                    line("text", "name"),
                    Some(c.hint_name),
                    true,
                ),
                ask(
                    Field::Email,
                    c.label_email,
                    line("email", "email"),
                    None,
                    true,
                ),
                ask(
                    Field::Province,
                    c.label_province,
                    Control::Choose(c.provinces),
                    None,
                    true,
                ),
                ask(
                    Field::MemberType,
                    c.label_member_type,
                    Control::Choose(c.member_types),
                    None,
                    true,
                ),
            ],
        ),
        (
            ui.legend_training,
            [
                ask(
                    Field::CountryOfTraining,
                    c.label_country,
                    line("text", "country-name"),
                    None,
                    false,
                ),
                ask(
                    Field::Specialty,
                    c.label_specialty,
                    line("text", "off"),
                    None,
                    false,
                ),
                ask(
                    Field::LicensureStage,
                    c.label_stage,
                    Control::Choose(c.licensure_stages),
                    None,
                    false,
                ),
                ask(
                    Field::Message,
                    c.label_message,
                    Control::Lines,
                    Some(c.hint_message),
                    false,
                ),
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_and_choice_field_is_asked_once_in_field_order() {
        for lang in Lang::ALL {
            let asked: Vec<Field> = questions(lang)
                .iter()
                .flat_map(|(_, questions)| questions.iter().map(|q| q.field))
                .collect();
            let expected: Vec<Field> = Field::ALL
                .into_iter()
                .filter(|f| !matches!(f, Field::ConsentPrivacy | Field::ConsentUpdates))
                .collect();
            assert_eq!(asked, expected);
        }
    }

    #[test]
    fn required_questions_are_the_ones_validation_requires() {
        for lang in Lang::ALL {
            for (_, questions) in questions(lang) {
                for q in questions {
                    let mut blank = crate::join::Answers::default();
                    blank.set_text(q.field, String::new());
                    let refused = crate::join::validate::validate(&blank, lang)
                        .iter()
                        .any(|e| e.field == q.field);
                    assert_eq!(refused, q.required, "{:?}", q.field);
                }
            }
        }
    }
}
