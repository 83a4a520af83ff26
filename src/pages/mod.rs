//! One file per routed page.

pub mod directors;
pub mod home;
pub mod join;
pub mod mission;
pub mod not_found;
pub mod post;
pub mod privacy;
pub mod story;
pub mod work;
