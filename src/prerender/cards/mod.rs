//! Share cards: the picture a messaging app or social network shows with a
//! link to the site, one per page and post, drawn at build time as a
//! 1200×630 PNG (the size Open Graph readers expect) in the site's colours:
//! ITPO's mark (the favicon) and short name, the page's title in its language, an event's
//! date, and ITPO's name. Also the home-screen icon phones ask for
//! (`apple-touch-icon.png`), drawn from the favicon. The font is DejaVu Sans
//! Bold, kept beside this file under its licence so every machine draws the
//! same picture.

use std::sync::Arc;

use resvg::{
    tiny_skia::{Color, Pixmap, Transform},
    usvg::{self, fontdb},
};

use super::escape;
use crate::content::{ORG_NAME, ORG_SHORT};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The home-screen icon's size in pixels (what iPhones ask for).
pub const TOUCH_ICON_SIZE: u32 = 180;
pub const TOUCH_ICON_FILE: &str = "apple-touch-icon.png";

static FONT: &[u8] = include_bytes!("DejaVuSans-Bold.ttf");
const FONT_FAMILY: &str = "DejaVu Sans";
/// The site's brand colours (`style/main.css`'s `--brand`, the favicon's square and its dot; a
/// test holds them equal). `BRAND` is also the pages' `theme-color` (`document.rs`).
pub const BRAND: &str = "#0b4f6c";
const ACCENT: &str = "#f2c14e";

/// Where the card of the page at `key` (an address's key, `/fr/adhesion/`)
/// is written, below the site's base: `cards/fr/adhesion.png`, and
/// `cards/index.png` for the home page.
pub fn file(key: &str) -> String {
    match key.trim_matches('/') {
        "" => "cards/index.png".into(),
        path => format!("cards/{path}.png"),
    }
}

/// What one card says.
pub struct Card<'a> {
    pub title: &'a str,
    /// An event's date and time, in the page's language.
    pub when: Option<&'a str>,
}

impl Card<'_> {
    /// The card's text alternative: what it shows, in the order it shows it.
    pub fn alt(&self) -> String {
        let title = match self.when {
            Some(when) => format!("{}, {when}", self.title),
            None => self.title.to_string(),
        };
        crate::content::document_title(&title)
    }
}

/// Draws cards with the repository's font (loaded once) and the site's favicon.
pub struct Painter {
    options: usvg::Options<'static>,
    face: ttf_parser::Face<'static>,
    /// The favicon's SVG text (`public/favicon.svg`): ITPO's mark on every card.
    favicon: String,
}

impl Painter {
    pub fn new(favicon: &str) -> Result<Self, String> {
        let mut fonts = fontdb::Database::new();
        fonts.load_font_data(FONT.to_vec());
        let options = usvg::Options {
            fontdb: Arc::new(fonts),
            font_family: FONT_FAMILY.into(),
            ..usvg::Options::default()
        };
        let face = ttf_parser::Face::parse(FONT, 0).map_err(|e| format!("the card font: {e}"))?;
        if !favicon.trim_start().starts_with("<svg") {
            return Err("favicon.svg must start with its <svg> element".into());
        }
        Ok(Painter {
            options,
            face,
            favicon: favicon.trim().to_string(),
        })
    }

    /// The card as a PNG.
    pub fn card(&self, card: &Card) -> Result<Vec<u8>, String> {
        let svg = self.card_svg(card);
        let tree = usvg::Tree::from_str(&svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| e.to_string())
    }

    /// The card as SVG: ITPO's mark and short name at the top, an event's
    /// time, the title in as few lines as fit (up to four, the type smaller
    /// for a long one), ITPO's name at the foot.
    fn card_svg(&self, card: &Card) -> String {
        const LEFT: f32 = 80.0;
        let width = WIDTH as f32 - 2.0 * LEFT;
        let (size, lines) = [72.0, 60.0, 50.0]
            .into_iter()
            .map(|size| (size, self.lines(card.title, size, width)))
            .find(|(_, lines)| lines.len() <= 3)
            .unwrap_or_else(|| {
                let mut lines = self.lines(card.title, 50.0, width);
                lines.truncate(4);
                (50.0, lines)
            });
        let line_height = size * 1.2;
        let mut text = String::new();
        // Below the mark: an event's time (on one line, shortened if it must be), then the title.
        let mut top = 200.0;
        if let Some(when) = card.when {
            let size = 34.0;
            text.push_str(&format!(
                "<text x=\"{LEFT}\" y=\"235\" font-size=\"{size}\" fill=\"{ACCENT}\">{}</text>",
                escape(&self.fitted(when, size, width))
            ));
            top = 250.0;
        }
        let mut y = top + size;
        for line in &lines {
            text.push_str(&format!(
                "<text x=\"{LEFT}\" y=\"{y}\" font-size=\"{size}\" fill=\"#fff\">{}</text>",
                escape(line)
            ));
            y += line_height;
        }
        // The home page's title is ITPO's name: said once.
        if card.title != ORG_NAME {
            text.push_str(&format!(
                "<text x=\"{LEFT}\" y=\"{}\" font-size=\"30\" fill=\"#fff\">{}</text>",
                HEIGHT - 55,
                escape(ORG_NAME)
            ));
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" font-family=\"{FONT_FAMILY}\" font-weight=\"bold\">\
             <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BRAND}\"/>\
             <rect y=\"{}\" width=\"{WIDTH}\" height=\"14\" fill=\"{ACCENT}\"/>\
             {mark}\
             <text x=\"{}\" y=\"140\" font-size=\"56\" fill=\"#fff\">{ORG_SHORT}</text>{text}</svg>",
            HEIGHT - 14,
            LEFT + 96.0 + 28.0,
            // The favicon, placed as a nested <svg> 96 px square.
            mark = self
                .favicon
                .replacen("<svg", &format!("<svg x=\"{LEFT}\" y=\"66\" width=\"96\" height=\"96\""), 1),
        )
    }

    /// `text` broken at spaces into lines no wider than `width` at `size`; a
    /// word wider than a line is cut.
    fn lines(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let joined = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&joined, size) <= width || line.is_empty() {
                line = joined;
            } else {
                lines.push(std::mem::take(&mut line));
                line = word.to_string();
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
            .into_iter()
            .map(|l| self.fitted(&l, size, width))
            .collect()
    }

    /// `text`, shortened with "…" until it fits `width` at `size`.
    fn fitted(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_string();
        }
        let mut chars: Vec<char> = text.chars().collect();
        while !chars.is_empty() {
            chars.pop();
            let shortened = format!("{}…", chars.iter().collect::<String>().trim_end());
            if self.width(&shortened, size) <= width {
                return shortened;
            }
        }
        String::new()
    }

    /// The characters of `card` the font cannot draw (a title in a script it
    /// lacks), for the build's warning.
    pub fn missing(&self, card: &Card) -> Vec<char> {
        let mut missing: Vec<char> = vec![];
        for c in card
            .title
            .chars()
            .chain(card.when.unwrap_or_default().chars())
        {
            // Each once, in the order of the title, however often it recurs.
            if !c.is_whitespace() && self.face.glyph_index(c).is_none() && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }

    /// How wide `text` is at `size` pixels, from the font's advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        let scale = size / f32::from(self.face.units_per_em());
        text.chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(size * 0.6, |a| f32::from(a) * scale)
            })
            .sum()
    }

    /// The favicon drawn square on the brand colour, for a phone's home
    /// screen (which rounds the corners itself and shows transparency as black).
    pub fn touch_icon(&self) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(&self.favicon, &self.options)
            .map_err(|e| format!("favicon.svg: {e}"))?;
        let mut pixmap = Pixmap::new(TOUCH_ICON_SIZE, TOUCH_ICON_SIZE).ok_or("no pixmap")?;
        let brand = u32::from_str_radix(&BRAND[1..], 16).unwrap_or_default();
        let [_, r, g, b] = brand.to_be_bytes();
        pixmap.fill(Color::from_rgba8(r, g, b, 255));
        let scale = TOUCH_ICON_SIZE as f32 / tree.size().width().max(tree.size().height());
        resvg::render(
            &tree,
            Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAVICON: &str = include_str!("../../../public/favicon.svg");
    const STYLESHEET: &str = include_str!("../../../style/main.css");

    #[test]
    fn the_brand_colours_are_the_stylesheets_and_the_favicons() {
        assert!(
            STYLESHEET.contains(&format!("--brand: {BRAND};")),
            "style/main.css's --brand is not {BRAND}"
        );
        assert!(
            FAVICON.contains(&format!("fill=\"{BRAND}\"")),
            "the favicon's square is not {BRAND}"
        );
        assert!(
            FAVICON.contains(&format!("fill=\"{ACCENT}\"")),
            "the favicon's dot is not {ACCENT}"
        );
    }

    fn size_of(png: &[u8]) -> (u32, u32) {
        // The PNG header's IHDR chunk: width and height, big-endian, from byte 16.
        let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        (word(16), word(20))
    }

    #[test]
    fn a_card_is_1200_by_630_and_small() {
        let painter = Painter::new(FAVICON).unwrap();
        let png = painter
            .card(&Card {
                title: "Fixture : « Rencontre d’été », à Toronto; événement fictif",
                when: Some(
                    "jeudi 16 juillet 2026, de 18\u{a0}h à 19\u{a0}h\u{a0}30 (heure de l’Est)",
                ),
            })
            .unwrap();
        assert_eq!(size_of(&png), (WIDTH, HEIGHT));
        assert!(png.len() < 300 * 1024, "{} bytes", png.len());
    }

    #[test]
    fn long_titles_wrap_within_the_card_and_long_words_are_shortened() {
        let painter = Painter::new(FAVICON).unwrap();
        let title = "A very long title about licensure pathways for internationally trained physicians in Ontario and elsewhere in Canada, with more words than any card can hold";
        for size in [72.0, 50.0] {
            for line in painter.lines(title, size, 1040.0) {
                assert!(painter.width(&line, size) <= 1040.0, "{line}");
            }
        }
        let word = "Supercalifragilisticexpialidocious".repeat(3);
        let lines = painter.lines(&word, 72.0, 1040.0);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with('…'));
    }

    #[test]
    fn characters_the_font_lacks_are_named() {
        let painter = Painter::new(FAVICON).unwrap();
        let card = |title| Card { title, when: None };
        assert_eq!(
            painter.missing(&card("Rencontre « d’été » — Ζ Я")),
            Vec::<char>::new()
        );
        assert_eq!(painter.missing(&card("Town hall 会议")), ['会', '议']);
        assert_eq!(painter.missing(&card("会议 会议")), ['会', '议']);
    }

    #[test]
    fn card_files_follow_the_page_addresses() {
        assert_eq!(file("/"), "cards/index.png");
        assert_eq!(file("/fr/adhesion/"), "cards/fr/adhesion.png");
        assert_eq!(file("/work/town-hall/"), "cards/work/town-hall.png");
    }

    #[test]
    fn the_touch_icon_is_180_square() {
        let painter = Painter::new(FAVICON).unwrap();
        let png = painter.touch_icon().unwrap();
        assert_eq!(size_of(&png), (180, 180));
    }
}
