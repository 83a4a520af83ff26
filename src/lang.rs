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

    /// The language code alone: posts' `lang`, the posts digest's keys.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }
}

/// One value for each edition: a page's paths, a text and its translation,
/// a count per edition. Read with `values[lang]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PerLang<T>([T; 2]);

impl<T> PerLang<T> {
    pub const fn new(en: T, fr: T) -> Self {
        PerLang([en, fr])
    }

    /// The value for `lang` (for `const` code, where `Index` cannot be used).
    pub const fn get(&self, lang: Lang) -> &T {
        &self.0[lang as usize]
    }
}

impl<T> std::ops::Index<Lang> for PerLang<T> {
    type Output = T;

    fn index(&self, lang: Lang) -> &T {
        self.get(lang)
    }
}

impl<T> std::ops::IndexMut<Lang> for PerLang<T> {
    fn index_mut(&mut self, lang: Lang) -> &mut T {
        &mut self.0[lang as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_has_its_own_value() {
        let mut counts = PerLang::new(5, 6);
        assert_eq!((counts[Lang::En], counts[Lang::Fr]), (5, 6));
        counts[Lang::Fr] = 0;
        assert_eq!(counts, PerLang::new(5, 0));
    }

    #[test]
    fn tags_and_the_other_edition() {
        assert_eq!(Lang::Fr.tag(), "fr-CA");
        assert_eq!(Lang::En.other(), Lang::Fr);
        assert_eq!(Lang::Fr.other(), Lang::En);
    }
}
