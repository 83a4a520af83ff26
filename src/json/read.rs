//! Typed values read out of a `Value` by hand, field by field (see the
//! module's comment in `json/mod.rs`): what the app reads from the data
//! files, with errors that say which field is wrong and how.

use super::{parse_value, Value, EXACT_INTEGER};

/// A type read out of a `Value` by hand (see the module's comment).
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Result<Self, String>;
}

/// JSON text read into `T` by hand; the error says what was wrong and where.
pub fn read<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(&parse_value(text)?)
}

/// An object's members, for reading it field by field.
pub struct Members<'a>(&'a [(String, Value)]);

impl<'a> Members<'a> {
    /// `value`'s members; `what` names it in the error when it is no object.
    pub fn of(value: &'a Value, what: &str) -> Result<Self, String> {
        match value {
            Value::Object(entries) => Ok(Members(entries)),
            _ => Err(format!("{what} must be an object")),
        }
    }

    /// A member; absent and `null` are both `None`.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.0
            .iter()
            .find(|(k, v)| k == key && *v != Value::Null)
            .map(|(_, v)| v)
    }

    /// An optional text member.
    pub fn text(&self, key: &str) -> Result<Option<String>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Text(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("\"{key}\" must be text")),
        }
    }

    /// A text member that must be there.
    pub fn required_text(&self, key: &str) -> Result<String, String> {
        self.text(key)?
            .ok_or_else(|| format!("\"{key}\" is missing"))
    }

    /// An optional whole, non-negative number.
    pub fn whole_number(&self, key: &str) -> Result<Option<u64>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) if n.fract() == 0.0 && (0.0..=EXACT_INTEGER).contains(n) => {
                Ok(Some(*n as u64))
            }
            Some(_) => Err(format!("\"{key}\" must be a whole number")),
        }
    }

    /// An error naming the first member not in `known`.
    pub fn only(&self, known: &[&str]) -> Result<(), String> {
        match self.0.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            Some((k, _)) => Err(format!("unknown field \"{k}\"")),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_read_by_hand_with_reasons() {
        let value = parse_value(r#"{"a":"x","n":3,"f":1.5,"z":null,"o":{}}"#).unwrap();
        let m = Members::of(&value, "file").unwrap();
        assert_eq!(m.text("a"), Ok(Some("x".into())));
        assert_eq!(m.text("z"), Ok(None));
        assert_eq!(m.text("missing"), Ok(None));
        assert!(m.text("n").unwrap_err().contains("\"n\" must be text"));
        assert!(m.required_text("missing").unwrap_err().contains("missing"));
        assert_eq!(m.whole_number("n"), Ok(Some(3)));
        assert!(m.whole_number("f").is_err());
        assert!(m.only(&["a", "n", "f", "z"]).unwrap_err().contains("\"o\""));
        assert!(Members::of(&Value::List(vec![]), "file")
            .err()
            .is_some_and(|e| e == "file must be an object"));
    }
}
