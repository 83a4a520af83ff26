//! The join form's text and choice questions as data: which field each
//! fills, its label and hint, and how it is asked.
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

/// One question of the form: the field it fills and how it is asked. What
/// the field accepts (required, its longest answer) is the field's own rule
/// (`Field::rule`), which validation reads too.
#[derive(Clone, Copy)]
pub struct Question {
    pub field: Field,
    pub label: &'static str,
    pub control: Control,
    pub hint: Option<&'static str>,
}

/// The text and choice questions, by fieldset, in the order they appear.
pub fn questions(lang: Lang) -> [(&'static str, [Question; 4]); 2] {
    let c = content::join(lang);
    let ui = content::ui(lang);
    let line = |kind, autocomplete| Control::Line { kind, autocomplete };
    let ask = |field, label, control, hint| Question {
        field,
        label,
        control,
        hint,
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
                ),
                ask(Field::Email, c.label_email, line("email", "email"), None),
                ask(
                    Field::Province,
                    c.label_province,
                    Control::Choose(c.provinces),
                    None,
                ),
                ask(
                    Field::MemberType,
                    c.label_member_type,
                    Control::Choose(c.member_types),
                    None,
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
                ),
                ask(
                    Field::Specialty,
                    c.label_specialty,
                    line("text", "off"),
                    None,
                ),
                ask(
                    Field::LicensureStage,
                    c.label_stage,
                    Control::Choose(c.licensure_stages),
                    None,
                ),
                ask(
                    Field::Message,
                    c.label_message,
                    Control::Lines,
                    Some(c.hint_message),
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
                .iter()
                .copied()
                .filter(|f| !f.is_tick())
                .collect();
            assert_eq!(asked, expected);
        }
    }

    #[test]
    fn each_free_text_limit_is_the_one_validation_applies() {
        for (_, questions) in questions(Lang::En) {
            for q in questions {
                let Some(max) = q.field.max() else {
                    assert!(matches!(q.control, Control::Choose(_)), "{:?}", q.field);
                    continue;
                };
                let mut answers = crate::join::Answers::default();
                let refused = |answers: &crate::join::Answers| {
                    crate::join::validate::validate(answers, Lang::En)
                        .iter()
                        .any(|e| e.field == q.field)
                };
                let text = |n: usize| match q.field {
                    Field::Email => format!("{}@example.org", "a".repeat(n - 12)),
                    _ => "a".repeat(n),
                };
                answers.set_text(q.field, text(max));
                assert!(!refused(&answers), "{:?} at {max}", q.field);
                answers.set_text(q.field, text(max + 1));
                assert!(refused(&answers), "{:?} past {max}", q.field);
            }
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
                    assert_eq!(refused, q.field.required(), "{:?}", q.field);
                }
            }
        }
    }
}
