//! The join form's text and choice questions as data: which field each
//! fills, its label and hint, and how it is asked.
//! One table, rendered by one component (`components/form_fields.rs`), so a
//! question costs the app data rather than a view type of its own. The
//! table is the same in both languages; only its words change.

use super::{answers::Rule, Field};
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

/// One question of the form: the field it fills, its words, and what the
/// field's rule (`Field::rule`, which validation reads too) does not say:
/// the browser's `autocomplete` token and a choice's options.
#[derive(Clone, Copy)]
pub struct Question {
    pub field: Field,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    /// For a one-line answer.
    autocomplete: &'static str,
    /// For a choice.
    choices: &'static [Choice],
}

impl Question {
    /// How it is asked, from the field's rule: an email address in an
    /// `<input type="email">`, text on several lines in a `<textarea>`, a
    /// choice in a `<select>`.
    pub fn control(&self) -> Control {
        let line = |kind| Control::Line {
            kind,
            autocomplete: self.autocomplete,
        };
        match self.field.rule() {
            Rule::Email { .. } => line("email"),
            Rule::Name { .. } | Rule::Text { lines: false, .. } => line("text"),
            Rule::Text { lines: true, .. } => Control::Lines,
            // Ticks are not questions of this table (`form_fields::CheckboxField`).
            Rule::Choice { .. } | Rule::Tick { .. } => Control::Choose(self.choices),
        }
    }
}

/// The text and choice questions, by fieldset, in the order they appear.
pub fn questions(lang: Lang) -> [(&'static str, [Question; 4]); 2] {
    let c = content::join(lang);
    let ui = content::ui(lang);
    let text = |field, label, autocomplete, hint| Question {
        field,
        label,
        hint,
        autocomplete,
        choices: &[],
    };
    let choose = |field, label, choices| Question {
        field,
        label,
        hint: None,
        autocomplete: "",
        choices,
    };
    [
        (
            ui.legend_about,
            [
                text(Field::Name, c.label_name, "name", Some(c.hint_name)),
                text(Field::Email, c.label_email, "email", None),
                choose(Field::Province, c.label_province, c.provinces),
                choose(Field::MemberType, c.label_member_type, c.member_types),
            ],
        ),
        (
            ui.legend_training,
            [
                text(
                    Field::CountryOfTraining,
                    c.label_country,
                    "country-name",
                    None,
                ),
                text(Field::Specialty, c.label_specialty, "off", None),
                choose(Field::LicensureStage, c.label_stage, c.licensure_stages),
                text(Field::Message, c.label_message, "off", Some(c.hint_message)),
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
                    assert!(matches!(q.control(), Control::Choose(_)), "{:?}", q.field);
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
