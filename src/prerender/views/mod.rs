//! Views of the built pages (the pages about ITPO, the statements, posts,
//! resources). Build-time only: the prerenderer renders them to HTML, which
//! the app receives as a built page (`built_page.rs`), so none of this is in
//! the browser build.

pub mod about;
pub mod posts;
pub mod resources;
pub mod statements;
pub mod thanks;

use leptos::prelude::*;

use crate::{components::page::PageHeading, lang::Lang};

/// A built page's frame: its one `<h1>` (where focus lands after an
/// in-place navigation) and its content, in the site's reading column.
#[component]
pub fn BuiltFrame(heading: String, children: Children) -> impl IntoView {
    view! {
        <div class="wrap prose">
            <PageHeading text=heading />
            {children()}
        </div>
    }
}

/// `2026-01-15` as "15 January 2026" or "15 janvier 2026"; anything else
/// is shown as it is.
pub fn display_date(date: &str, lang: Lang) -> String {
    crate::content::work(lang).date_in_words(date)
}

#[cfg(test)]
mod tests {
    use super::display_date;
    use crate::lang::Lang::{En, Fr};

    #[test]
    fn dates_read_as_words_and_bad_ones_as_given() {
        assert_eq!(display_date("2026-01-05", En), "5 January 2026");
        assert_eq!(display_date("2025-12-31", En), "31 December 2025");
        assert_eq!(display_date("2026-08-01", Fr), "1er août 2026");
        assert_eq!(display_date("2026-08-15", Fr), "15 août 2026");
        assert_eq!(display_date("2025-13-01", En), "2025-13-01");
        assert_eq!(display_date("soon", Fr), "soon");
    }
}
