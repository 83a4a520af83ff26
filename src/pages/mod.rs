//! One file per routed page; `built` shows every page made from content
//! files at build time, and `shown` picks the page an address shows.

pub mod accessibility;
pub mod built;
pub mod directors;
pub mod home;
pub mod join;
pub mod mission;
pub mod not_found;
pub mod privacy;
pub mod shown;
pub mod story;
