//! What the alert at the top of the form says after each outcome: the
//! validation summary, a refusal from the endpoint (its field errors put at
//! their fields), a failed attempt, or a form that cannot be sent at all.
//! Pure, so every wording rule is tested natively.

use super::{client::SendError, response::Refusal, validate::FieldError, Field};
use crate::content::join as copy;

/// What the alert at the top of the form says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub heading: String,
    pub detail: Option<String>,
    /// Failures after a send attempt reassure that nothing was lost.
    pub answers_kept: bool,
}

/// The error summary before anything is sent.
pub fn validation_summary(problems: usize) -> Notice {
    Notice {
        heading: match problems {
            1 => copy::SUMMARY_ONE.to_string(),
            n => copy::summary_many(n),
        },
        detail: None,
        answers_kept: false,
    }
}

/// An attempt that got no answer.
pub fn send_failure(error: SendError) -> Notice {
    Notice {
        heading: match error {
            SendError::Timeout => copy::FAIL_TIMEOUT,
            SendError::Network => copy::FAIL_NETWORK,
        }
        .into(),
        detail: None,
        answers_kept: true,
    }
}

/// The live `config.json` has not been read yet.
pub fn still_loading() -> Notice {
    Notice {
        heading: copy::LOADING_CONFIG.into(),
        detail: Some(copy::LOADING_CONFIG_RETRY.into()),
        answers_kept: true,
    }
}

/// The deploy names no usable endpoint.
pub fn unavailable() -> Notice {
    Notice {
        heading: copy::UNAVAILABLE_HEADING.into(),
        detail: Some(copy::UNAVAILABLE.into()),
        answers_kept: false,
    }
}

/// Field errors go to their fields (the first per field); anything else is
/// said in the notice.
pub fn refusal(r: Refusal) -> (Notice, Vec<FieldError>) {
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
        copy::FAIL_FIELDS.to_string()
    } else if (200..300).contains(&r.status) || r.message.is_some() {
        copy::FAIL_REFUSED.to_string()
    } else {
        copy::fail_status(r.status)
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
        let (notice, fields) = refusal(refused(
            422,
            Some("Validation errors"),
            &[
                ("email", "Bad email."),
                ("email", "Second email complaint."),
                ("_gotcha", "Spam?"),
            ],
        ));
        assert_eq!(notice.heading, copy::FAIL_FIELDS);
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
        let (notice, fields) = refusal(refused(200, Some("Invalid access key"), &[]));
        assert_eq!(notice.heading, copy::FAIL_REFUSED);
        assert_eq!(notice.detail.as_deref(), Some("Invalid access key"));
        assert!(fields.is_empty());
        let (notice, _) = refusal(refused(500, None, &[]));
        assert_eq!(notice.heading, copy::fail_status(500));
        assert_eq!(notice.detail, None);
    }

    #[test]
    fn failures_keep_the_answers_and_the_summary_counts() {
        assert!(send_failure(SendError::Timeout).answers_kept);
        assert_eq!(send_failure(SendError::Network).heading, copy::FAIL_NETWORK);
        assert_eq!(validation_summary(1).heading, copy::SUMMARY_ONE);
        assert_eq!(validation_summary(3).heading, copy::summary_many(3));
        assert!(!unavailable().answers_kept && still_loading().answers_kept);
    }
}
