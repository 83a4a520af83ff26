//! Reading the endpoint's answer. Form services disagree on how they say
//! "no": some answer 200 with `{"success": false}`, Formspree answers 422
//! with `errors: [{field, message}]`. Success needs a 2xx status AND a body
//! that does not say otherwise; an HTML or empty 2xx body is a success.

use crate::json::{self, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Accepted,
    Refused(Refusal),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Refusal {
    /// The HTTP status (2xx when the body said failure).
    pub status: u16,
    /// The service's own message, when it gave one.
    pub message: Option<String>,
    /// Problems the service tied to fields, by payload key.
    pub field_errors: Vec<(String, String)>,
}

pub fn interpret(status: u16, body: &str) -> Outcome {
    let json: Option<Value> = json::parse_value(body.trim()).ok();
    let ok_status = (200..300).contains(&status);
    let body_says_failure = json.as_ref().is_some_and(says_failure);
    if ok_status && !body_says_failure {
        return Outcome::Accepted;
    }
    let json = json.unwrap_or(Value::Null);
    Outcome::Refused(Refusal {
        status,
        message: message_of(&json),
        field_errors: field_errors_of(&json),
    })
}

fn says_failure(v: &Value) -> bool {
    v.get("success") == Some(&Value::Bool(false))
        || v.get("ok") == Some(&Value::Bool(false))
        || v.get("status")
            .and_then(Value::as_str)
            .is_some_and(|s| s.eq_ignore_ascii_case("error"))
}

/// `message` or `error` text, short and on one line.
fn message_of(v: &Value) -> Option<String> {
    ["message", "error"]
        .iter()
        .filter_map(|k| v.get(k).and_then(Value::as_str))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|s| !s.is_empty())
        .map(|s| s.chars().take(300).collect())
}

fn field_errors_of(v: &Value) -> Vec<(String, String)> {
    v.get("errors")
        .and_then(Value::as_list)
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| {
                    let field = e.get("field")?.as_str()?;
                    let message = e.get("message")?.as_str()?;
                    Some((field.to_string(), message.to_string()))
                })
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(status: u16, body: &str) -> Refusal {
        match interpret(status, body) {
            Outcome::Refused(r) => r,
            Outcome::Accepted => panic!("{status} {body} was accepted"),
        }
    }

    #[test]
    fn two_hundreds_without_a_failure_body_are_accepted() {
        for (status, body) in [
            (200, r#"{"ok":true}"#),
            (201, ""),
            (200, "<!doctype html><p>Thanks!</p>"),
            (204, ""),
            (200, r#"{"success":true,"message":"saved"}"#),
            (200, r#"{"status":"success"}"#),
            (200, "null"),
            (200, "[]"),
        ] {
            assert_eq!(
                interpret(status, body),
                Outcome::Accepted,
                "{status} {body}"
            );
        }
    }

    #[test]
    fn a_two_hundred_that_says_failure_is_refused() {
        assert_eq!(
            refused(200, r#"{"success":false,"message":"Invalid access key"}"#)
                .message
                .as_deref(),
            Some("Invalid access key")
        );
        assert_eq!(
            refused(200, r#"{"ok":false,"error":"quota"}"#)
                .message
                .as_deref(),
            Some("quota")
        );
        assert_eq!(refused(200, r#"{"status":"error"}"#).status, 200);
    }

    #[test]
    fn formspree_field_errors_are_kept_by_field() {
        let r = refused(
            422,
            r#"{"error":"Validation errors","errors":[{"field":"email","code":"TYPE_EMAIL","message":"should be an email"},{"code":"EMPTY"},{"field":"name","message":"required"}]}"#,
        );
        assert_eq!(r.status, 422);
        assert_eq!(r.message.as_deref(), Some("Validation errors"));
        assert_eq!(
            r.field_errors,
            vec![
                ("email".into(), "should be an email".into()),
                ("name".into(), "required".into())
            ]
        );
    }

    #[test]
    fn server_errors_without_json_have_no_message() {
        let r = refused(500, "<html><body>Internal Server Error</body></html>");
        assert_eq!(
            r,
            Refusal {
                status: 500,
                message: None,
                field_errors: vec![]
            }
        );
        assert_eq!(refused(503, "").message, None);
    }

    #[test]
    fn messages_are_flattened_and_capped() {
        let long = format!(r#"{{"message":"  a\n\n b {} "}}"#, "x".repeat(1000));
        let m = refused(400, &long).message.unwrap();
        assert!(m.starts_with("a b x"));
        assert_eq!(m.chars().count(), 300);
    }
}
