//! The site's two editions. Every page belongs to one; the language decides
//! its copy (`content::pages(lang)` and the other areas), its paths
//! (`routes.rs`) and its `lang` tag.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 tag: `<html lang>`, `hreflang`, and the join payload's `locale`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-CA",
            Lang::Fr => "fr-CA",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_the_other_edition() {
        assert_eq!(Lang::Fr.tag(), "fr-CA");
        assert_eq!(Lang::En.other(), Lang::Fr);
        assert_eq!(Lang::Fr.other(), Lang::En);
    }
}
