//! Parts shared between pages.

pub mod form_fields;
pub mod join_form;
pub mod join_notices;
pub mod layout;
pub mod page;
