//! The English copy: one value of each area's structure.

mod about;
mod accessibility;
mod admin;
mod join;
mod pages;
mod privacy;
mod resources;
mod ui;
mod validation;
mod work;

pub use about::ABOUT;
pub use accessibility::ACCESSIBILITY;
pub use admin::ADMIN;
pub use join::JOIN;
pub use pages::PAGES;
pub use privacy::PRIVACY;
pub use resources::RESOURCES;
pub use ui::UI;
pub use validation::VALIDATION;
pub use work::WORK;
