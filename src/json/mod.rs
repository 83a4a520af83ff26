//! JSON in and out, for the data files, the draft, the payload and the
//! endpoint's answer. Natively serde_json does it; in the browser the
//! browser's own `JSON.parse`/`JSON.stringify` do, so the wasm carries no
//! JSON parser or printer (about 14 KiB gzip, docs/performance.md). `Value` stands in for
//! `serde_json::Value` where the shape is open (extra payload fields, a form
//! service's answer).
//!
//! The files every page reads (`config.json`, `directors.json`, a built
//! page, the posts digest) are read into a `Value` and then into their
//! types by hand (`FromJson`), not by serde: serde's generated readers, the
//! bridge to the browser's values and the number formatting of their error
//! messages cost the app about 18 KiB gzip on every page. The join form's
//! draft and payload are `Value`s too, so the browser build has no serde code.

mod read;
pub use read::{read, FromJson, Members};

/// JSON text as a `Value`; the error says what was wrong.
pub fn parse_value(text: &str) -> Result<Value, String> {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JSON::parse(text)
            .map(|js| from_js(&js))
            .map_err(|e| {
                js_sys::Error::from(e)
                    .message()
                    .as_string()
                    .unwrap_or_else(|| "not JSON".into())
            })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::from_str::<serde_json::Value>(text)
            .map(Value::from)
            .map_err(|e| e.to_string())
    }
}

/// A value the browser's `JSON.parse` made, as a `Value`.
#[cfg(target_arch = "wasm32")]
fn from_js(js: &wasm_bindgen::JsValue) -> Value {
    use js_sys::{Array, Object};
    use wasm_bindgen::JsCast;
    if let Some(b) = js.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = js.as_f64() {
        Value::Number(n)
    } else if let Some(s) = js.as_string() {
        Value::Text(s)
    } else if Array::is_array(js) {
        Value::List(Array::from(js).iter().map(|item| from_js(&item)).collect())
    } else if let Some(object) = js.dyn_ref::<Object>() {
        Value::Object(
            Object::entries(object)
                .iter()
                .map(|entry| {
                    let entry = Array::from(&entry);
                    (
                        entry.get(0).as_string().unwrap_or_default(),
                        from_js(&entry.get(1)),
                    )
                })
                .collect(),
        )
    } else {
        Value::Null
    }
}

/// `value` as compact JSON text: in the browser by its `JSON.stringify`.
pub fn print(value: &Value) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JSON::stringify(&to_js(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::Value::from(value).to_string()
    }
}

/// A `Value` as the browser's own value, for `JSON.stringify`.
#[cfg(target_arch = "wasm32")]
fn to_js(value: &Value) -> wasm_bindgen::JsValue {
    use wasm_bindgen::JsValue;
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::Text(s) => JsValue::from_str(s),
        Value::List(items) => items.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(entries) => {
            let object = js_sys::Object::new();
            for (key, value) in entries {
                _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
            }
            object.into()
        }
    }
}

/// A build-time file's text (a built page, the posts digest), from its
/// serde shape: the prerenderer writes what the app reads with `FromJson`.
#[cfg(not(target_arch = "wasm32"))]
pub fn write<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Any JSON value. Objects keep their keys in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }

    /// Text, a number or true/false: what a form field can carry.
    pub fn is_scalar(&self) -> bool {
        matches!(self, Value::Bool(_) | Value::Number(_) | Value::Text(_))
    }

    /// The value as a form field's text: text as it is, `true`, `3`, `1.5`.
    pub fn to_field_text(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Bool(b) => b.to_string(),
            // Printed as JSON prints it (`3`, `1.5`): in the browser by the browser.
            other => print(other),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

/// Sets `key` in an ordered object, replacing an earlier value in its place.
pub fn set(entries: &mut Vec<(String, Value)>, key: &str, value: Value) {
    match entries.iter_mut().find(|(k, _)| k == key) {
        Some(entry) => entry.1 = value,
        None => entries.push((key.to_string(), value)),
    }
}

/// Whole numbers within f64's exact range are written without a fraction.
pub(crate) const EXACT_INTEGER: f64 = 9_007_199_254_740_991.0;

// Natively serde_json reads and writes `Value`s, through its own value (its
// objects keep their order: `preserve_order`); the browser never needs serde.
#[cfg(not(target_arch = "wasm32"))]
impl From<serde_json::Value> for Value {
    fn from(value: serde_json::Value) -> Value {
        use serde_json::Value as J;
        match value {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(b),
            J::Number(n) => Value::Number(n.as_f64().unwrap_or_default()),
            J::String(s) => Value::Text(s),
            J::Array(items) => Value::List(items.into_iter().map(Value::from).collect()),
            J::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, v.into())).collect()),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<&Value> for serde_json::Value {
    fn from(value: &Value) -> serde_json::Value {
        use serde_json::Value as J;
        match value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) if n.fract() == 0.0 && n.abs() <= EXACT_INTEGER => (*n as i64).into(),
            Value::Number(n) => (*n).into(),
            Value::Text(t) => J::String(t.clone()),
            Value::List(items) => J::Array(items.iter().map(J::from).collect()),
            Value::Object(entries) => {
                J::Object(entries.iter().map(|(k, v)| (k.clone(), v.into())).collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_in_order_with_whole_numbers_whole() {
        let text = r#"{"b":1,"a":[true,null,"x",1.5,-3],"c":{"d":"é\n\"q\""}}"#;
        let value = parse_value(text).unwrap();
        assert_eq!(print(&value), text);
        assert_eq!(value.get("b"), Some(&Value::Number(1.0)));
        assert_eq!(
            value
                .get("c")
                .and_then(|c| c.get("d"))
                .and_then(Value::as_str),
            Some("é\n\"q\"")
        );
        assert_eq!(
            value.get("a").and_then(Value::as_list).map(<[_]>::len),
            Some(5)
        );
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value_in_its_first_place() {
        let value = parse_value(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(print(&value), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn field_text_of_scalars() {
        assert_eq!(Value::Number(3.0).to_field_text(), "3");
        assert_eq!(Value::Number(1.5).to_field_text(), "1.5");
        assert_eq!(Value::Bool(false).to_field_text(), "false");
        assert_eq!(Value::from("a b").to_field_text(), "a b");
        assert!(!Value::Null.is_scalar() && !Value::List(vec![]).is_scalar());
    }

    #[test]
    fn broken_text_is_an_error_not_a_default() {
        assert!(parse_value("{").is_err() && parse_value("").is_err());
    }
}
