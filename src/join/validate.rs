//! Validation before anything is sent. Each problem names its field and says
//! what to do, in the form's order, so the summary reads top to bottom.

use super::{
    answers::Rule,
    questions::{questions, Control},
    Answers, Field,
};
use crate::{
    content::{self, join::Choice, validation::ValidationCopy},
    lang::Lang,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// All problems with the answers, said in the form's language; empty when
/// they can be sent. Each field is checked by its rule (`Field::rule`), a
/// choice against the choices its question offers.
pub fn validate(a: &Answers, lang: Lang) -> Vec<FieldError> {
    let copy = content::validation(lang);
    let asked = questions(lang);
    let choices = |field: Field| {
        asked
            .iter()
            .flat_map(|(_, qs)| qs.iter())
            .find_map(|q| match q.control() {
                Control::Choose(choices) if q.field == field => Some(choices),
                _ => None,
            })
            .unwrap_or(&[])
    };
    Field::ALL
        .iter()
        .copied()
        .filter_map(|field| {
            let text = a.text(field);
            let problem = match field.rule() {
                Rule::Name { max } => name_problem(text, max, copy),
                Rule::Email { max } => email_problem(text, max, copy),
                Rule::Text { max, lines, .. } => text_problem(text, max, lines, copy),
                Rule::Choice { required } => {
                    choice_problem(text, choices(field), required, choice_message(field, copy))
                }
                Rule::Tick { required } => {
                    (required && !a.flag(field)).then(|| copy.consent_required.into())
                }
            };
            problem.map(|message| FieldError { field, message })
        })
        .collect()
}

/// What to say when a choice is not one of the question's.
fn choice_message(field: Field, copy: &ValidationCopy) -> &'static str {
    match field {
        Field::Province => copy.province_choice,
        Field::MemberType => copy.member_type_choice,
        Field::LicensureStage => copy.stage_choice,
        // Not choices (`Field::rule`): never asked. Listed so that a new field is named here.
        Field::Name
        | Field::Email
        | Field::CountryOfTraining
        | Field::Specialty
        | Field::Message
        | Field::ConsentPrivacy
        | Field::ConsentUpdates => copy.stage_choice,
    }
}

fn name_problem(name: &str, max: usize, copy: &ValidationCopy) -> Option<String> {
    if name.trim().is_empty() {
        return Some(copy.name_missing.into());
    }
    if name.chars().all(is_invisible) {
        return Some(copy.name_invisible.into());
    }
    text_problem(name, max, false, copy)
}

/// Length and character checks shared by every free-text field. Lengths
/// count what a person sees (an emoji made of several code points is one).
fn text_problem(value: &str, max: usize, multiline: bool, copy: &ValidationCopy) -> Option<String> {
    let value = value.trim();
    let len = crate::browser::visible_length(value);
    if len > max {
        return Some((copy.too_long)(max, len));
    }
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if value.chars().any(|c| c.is_control() && !allowed(c)) {
        return Some(copy.control_characters.into());
    }
    let hidden = |c: char| is_direction_override(c) || (!multiline && is_line_separator(c));
    if value.chars().any(hidden) {
        return Some(copy.hidden_characters.into());
    }
    None
}

/// Embeddings, overrides and isolates: they can make a name read backwards
/// (U+202E) or hide part of it. The marks U+200E/U+200F stay allowed.
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_line_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Characters that draw nothing: spaces, joiners, fillers and format marks.
/// A name may contain some (joiners belong to several scripts), but not
/// consist only of them.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_direction_override(c)
        || matches!(
            c,
            '\u{AD}'
                | '\u{34F}'
                | '\u{61C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

fn email_problem(email: &str, max: usize, copy: &ValidationCopy) -> Option<String> {
    let email = email.trim();
    if email.is_empty() {
        Some(copy.email_missing.into())
    } else if email.chars().count() > max {
        Some((copy.email_too_long)(max))
    } else if !is_valid_email(email) {
        Some(copy.email_format.into())
    } else {
        None
    }
}

fn choice_problem(
    value: &str,
    choices: &[Choice],
    required: bool,
    message: &str,
) -> Option<String> {
    let known = choices.iter().any(|(code, _)| *code == value);
    let missing_ok = value.is_empty() && !required;
    (!known && !missing_ok).then(|| message.to_string())
}

/// The HTML standard's "valid email address" syntax (what `<input type=email>`
/// accepts), so the browser and this check never disagree.
pub fn is_valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c));
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    local_ok && domain.split('.').all(label_ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::join::answers::{MESSAGE_MAX, NAME_MAX, SHORT_TEXT_MAX};

    fn valid() -> Answers {
        Answers::default()
            .with_text(Field::Name, "Nour Al-Haddad")
            .with_text(Field::Email, "nour@example.org")
            .with_text(Field::Province, "ON")
            .with_text(Field::MemberType, "new-img")
            .with_flag(Field::ConsentPrivacy, true)
    }

    fn fields(a: &Answers) -> Vec<Field> {
        validate(a, Lang::En).into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_form_has_no_errors() {
        assert_eq!(validate(&valid(), Lang::En), vec![]);
    }

    #[test]
    fn empty_form_lists_every_required_field_in_order() {
        assert_eq!(
            fields(&Answers::default()),
            vec![
                Field::Name,
                Field::Email,
                Field::Province,
                Field::MemberType,
                Field::ConsentPrivacy
            ]
        );
    }

    #[test]
    fn whitespace_only_counts_as_empty() {
        let a = valid()
            .with_text(Field::Name, " \t\n ")
            .with_text(Field::Email, "   ");
        assert_eq!(fields(&a), vec![Field::Name, Field::Email]);
        assert_eq!(validate(&a, Lang::En)[0].message, "Enter your full name.");
    }

    #[test]
    fn names_in_every_script_are_ordinary() {
        for name in [
            "José Ñúñez-García",
            "Siobhán O'Brien",
            "محمد عبد الله",
            "王小明",
            "Nguyễn Thị Minh Khai",
            "Zoë d’Artagnan 👩‍⚕️",
            "<script>alert(1)</script>",
            "שרה לוי",
        ] {
            let a = valid().with_text(Field::Name, name);
            assert_eq!(validate(&a, Lang::En), vec![], "{name}");
        }
    }

    #[test]
    fn name_length_counts_characters_not_bytes() {
        let a = valid().with_text(Field::Name, "王".repeat(NAME_MAX));
        assert_eq!(validate(&a, Lang::En), vec![]);
        let a = valid().with_text(Field::Name, "a".repeat(10_000));
        let errs = validate(&a, Lang::En);
        assert_eq!(errs[0].field, Field::Name);
        assert!(errs[0]
            .message
            .contains("200 characters or fewer; it has 10000"));
    }

    #[test]
    fn names_a_person_cannot_see_are_refused() {
        for name in [
            "\u{200B}",
            "\u{3164}\u{3164}",
            "\u{200B} \u{FEFF}\u{2060}",
            "\u{115F}\u{2800}",
        ] {
            let a = valid().with_text(Field::Name, name);
            let errs = validate(&a, Lang::En);
            assert_eq!(fields(&a), vec![Field::Name], "{name:?}");
            assert!(errs[0].message.contains("invisible"), "{name:?}");
        }
        for name in ["Ana\u{202E}ateB", "\u{2066}Ana\u{2069}", "Ana\u{2028}Lima"] {
            let a = valid().with_text(Field::Name, name);
            assert!(
                validate(&a, Lang::En)[0]
                    .message
                    .contains("direction overrides or line separators"),
                "{name:?}"
            );
        }
        // Joiners inside a real name are part of some scripts; marks are allowed.
        for name in ["ශ්\u{200D}රී", "می\u{200C}خواهم", "Ana \u{200F}لينا"] {
            let a = valid().with_text(Field::Name, name);
            assert_eq!(validate(&a, Lang::En), vec![], "{name:?}");
        }
        // A line separator is a line break in the message, not a trick.
        let a = valid().with_text(Field::Message, "one\u{2028}two");
        assert_eq!(validate(&a, Lang::En), vec![]);
    }

    #[test]
    fn lengths_count_what_a_person_sees() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
        let a = valid().with_text(Field::Name, family.repeat(NAME_MAX));
        assert_eq!(validate(&a, Lang::En), vec![]);
        let a = valid().with_text(Field::Name, family.repeat(NAME_MAX + 1));
        assert!(validate(&a, Lang::En)[0].message.contains("it has 201"));
    }

    #[test]
    fn control_characters_are_refused_except_newlines_in_the_message() {
        let a = valid().with_text(Field::Name, "Ana\u{0}Lima");
        assert!(validate(&a, Lang::En)[0]
            .message
            .contains("control characters"));
        let a = valid().with_text(Field::Message, "Line one\nLine two\r\n\tindented");
        assert_eq!(validate(&a, Lang::En), vec![]);
        let a = valid().with_text(Field::Message, "bell\u{7}");
        assert_eq!(fields(&a), vec![Field::Message]);
    }

    #[test]
    fn message_limit_is_2000() {
        let a = valid().with_text(Field::Message, "x".repeat(MESSAGE_MAX));
        assert_eq!(validate(&a, Lang::En), vec![]);
        let a = valid().with_text(Field::Message, "x".repeat(MESSAGE_MAX + 1));
        assert_eq!(fields(&a), vec![Field::Message]);
    }

    #[test]
    fn email_follows_the_html_standard() {
        for ok in [
            "a@b",
            "first.last+tag@sub.example.ca",
            "x_y@example-host.org",
            "A@B.C",
        ] {
            assert!(is_valid_email(ok), "{ok}");
        }
        for bad in [
            "",
            "plain",
            "@example.org",
            "a@",
            "a@@b",
            "a b@example.org",
            "a@-bad.org",
            "a@bad-.org",
            "a@example..org",
            "josé@example.org",
            "a@exa_mple.org",
            "<script>@x.org",
        ] {
            assert!(!is_valid_email(bad), "{bad}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        let a = valid().with_text(Field::Email, long);
        assert!(validate(&a, Lang::En)[0].message.contains("254"));
    }

    #[test]
    fn selects_accept_only_their_codes() {
        let a = valid()
            .with_text(Field::Province, "Ontario")
            .with_text(Field::MemberType, "doctor");
        assert_eq!(fields(&a), vec![Field::Province, Field::MemberType]);
        let a = valid()
            .with_text(Field::Province, "outside-canada")
            .with_text(Field::LicensureStage, "pra");
        assert_eq!(validate(&a, Lang::En), vec![]);
        let a = valid().with_text(Field::LicensureStage, "moon");
        assert_eq!(fields(&a), vec![Field::LicensureStage]);
    }

    #[test]
    fn privacy_consent_is_required_updates_are_not() {
        let a = valid()
            .with_flag(Field::ConsentPrivacy, false)
            .with_flag(Field::ConsentUpdates, true);
        assert_eq!(fields(&a), vec![Field::ConsentPrivacy]);
    }

    #[test]
    fn the_french_form_says_what_is_wrong_in_french_with_french_field_names() {
        let a = valid()
            .with_text(Field::Name, String::new())
            .with_text(Field::Email, "pas une adresse")
            .with_text(Field::Specialty, "x".repeat(SHORT_TEXT_MAX + 1))
            .with_flag(Field::ConsentPrivacy, false);
        let messages: Vec<String> = validate(&a, Lang::Fr)
            .into_iter()
            .map(|e| e.message)
            .collect();
        assert_eq!(messages[0], "Entrez votre nom complet.");
        assert_eq!(
            messages[1],
            "Entrez une adresse courriel comme nom@example.org."
        );
        assert!(
            messages[2].starts_with("Au plus 100 caractères"),
            "{}",
            messages[2]
        );
        assert!(messages[3].starts_with("Cochez la case"));
        // The same answers, the same fields, in either language.
        let fields_in = |lang| {
            validate(&a, lang)
                .into_iter()
                .map(|e| e.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields_in(Lang::Fr), fields_in(Lang::En));
    }
}
