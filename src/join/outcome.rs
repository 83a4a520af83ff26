//! What the alert at the top of the form says after each outcome: the
//! validation summary, a refusal from the endpoint (its field errors put at
//! their fields), a failed attempt, or a form that cannot be sent at all.
//! Pure, so every wording rule is tested natively.

use super::{client::SendError, response::Refusal, validate::FieldError, Field};
use crate::content::join::JoinCopy;

/// What the alert at the top of the form says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub heading: String,
    pub detail: Option<String>,
    /// Failures after a send attempt reassure that nothing was lost.
    pub answers_kept: bool,
}

/// The error summary before anything is sent.
pub fn validation_summary(copy: &JoinCopy, problems: usize) -> Notice {
    Notice {
        heading: match problems {
            1 => copy.summary_one.to_string(),
            n => (copy.summary_many)(n),
        },
        detail: None,
        answers_kept: false,
    }
}

/// An attempt that got no answer.
pub fn send_failure(copy: &JoinCopy, error: SendError) -> Notice {
    Notice {
        heading: match error {
            SendError::Timeout => copy.fail_timeout,
            SendError::Network => copy.fail_network,
        }
        .into(),
        detail: None,
        answers_kept: true,
    }
}

/// The live `config.json` has not been read yet.
pub fn still_loading(copy: &JoinCopy) -> Notice {
    Notice {
        heading: copy.loading_config.into(),
        detail: Some(copy.loading_config_retry.into()),
        answers_kept: true,
    }
}

/// The deploy names no usable endpoint.
pub fn unavailable(copy: &JoinCopy) -> Notice {
    Notice {
        heading: copy.unavailable_heading.into(),
        detail: Some(copy.unavailable.into()),
        answers_kept: false,
    }
}

/// Field errors go to their fields (the first per field); anything else is
/// said in the notice.
pub fn refusal(copy: &JoinCopy, r: Refusal) -> (Notice, Vec<FieldError>) {
    let mut field_errors = Vec::new();
    let mut other = Vec::new();
    for (key, message) in r.field_errors {
        match Field::from_key(&key) {
            Some(field) if !field_errors.iter().any(|e: &FieldError| e.field == field) => {
                field_errors.push(FieldError { field, message })
            }
            _ => other.push(message),
        }
    }
    let heading = if !field_errors.is_empty() {
        copy.fail_fields.to_string()
    } else if (200..300).contains(&r.status) || r.message.is_some() {
        copy.fail_refused.to_string()
    } else {
        (copy.fail_status)(r.status)
    };
    let detail = r
        .message
        .into_iter()
        .chain(other)
        .collect::<Vec<_>>()
        .join(" ");
    let notice = Notice {
        heading,
        detail: (!detail.is_empty()).then_some(detail),
        answers_kept: true,
    };
    (notice, field_errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{content, lang::Lang};

    fn en() -> &'static JoinCopy {
        content::join(Lang::En)
    }

    fn refused(status: u16, message: Option<&str>, fields: &[(&str, &str)]) -> Refusal {
        Refusal {
            status,
            message: message.map(String::from),
            field_errors: fields
                .iter()
                .map(|(k, m)| (k.to_string(), m.to_string()))
                .collect(),
        }
    }

    #[test]
    fn field_errors_go_to_their_fields_once_and_the_rest_to_the_notice() {
        let (notice, fields) = refusal(
            en(),
            refused(
                422,
                Some("Validation errors"),
                &[
                    ("email", "Bad email."),
                    ("email", "Second email complaint."),
                    ("_gotcha", "Spam?"),
                ],
            ),
        );
        assert_eq!(notice.heading, en().fail_fields);
        assert_eq!(
            fields,
            vec![FieldError {
                field: Field::Email,
                message: "Bad email.".into()
            }]
        );
        assert_eq!(
            notice.detail.as_deref(),
            Some("Validation errors Second email complaint. Spam?")
        );
        assert!(notice.answers_kept);
    }

    #[test]
    fn a_refusal_without_fields_says_why_or_gives_the_status() {
        let (notice, fields) = refusal(en(), refused(200, Some("Invalid access key"), &[]));
        assert_eq!(notice.heading, en().fail_refused);
        assert_eq!(notice.detail.as_deref(), Some("Invalid access key"));
        assert!(fields.is_empty());
        let (notice, _) = refusal(en(), refused(500, None, &[]));
        assert_eq!(notice.heading, (en().fail_status)(500));
        assert_eq!(notice.detail, None);
    }

    #[test]
    fn failures_keep_the_answers_and_the_summary_counts() {
        assert!(send_failure(en(), SendError::Timeout).answers_kept);
        assert_eq!(
            send_failure(en(), SendError::Network).heading,
            en().fail_network
        );
        assert_eq!(validation_summary(en(), 1).heading, en().summary_one);
        assert_eq!(validation_summary(en(), 3).heading, (en().summary_many)(3));
        assert!(!unavailable(en()).answers_kept && still_loading(en()).answers_kept);
    }
}
