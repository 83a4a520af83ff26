//! The join form's logic, free of any DOM so it is unit-tested natively:
//! the answers and their fields, validation, the payload in both encodings,
//! how an endpoint's answer is read, the saved draft, and the join settings
//! from `config.json`. Only `client`
//! touches the browser.

pub mod answers;
pub mod client;
pub mod draft;
pub mod outcome;
pub mod payload;
pub mod questions;
pub mod response;
pub mod settings;
pub mod validate;

pub use answers::{Answer, Answers, Field, SiteKey};
