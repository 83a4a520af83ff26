//! Reading the posts in `content/posts/` at build time. A post is
//! `YYYY-MM-DD-slug.md`: TOML front matter between `+++` lines, then
//! Markdown. Every problem stops the build with the file (and line) named
//! and what to fix, before anything is written; drafts are left out.

use std::{fs, path::Path};

use serde::Deserialize;

use jiff::Timestamp;

use super::events::{Event, EventTable};
use crate::{lang::Lang, posts::is_slug};
use itpo_markdown as markdown;

/// How many posts the home page shows.
pub const LATEST_ON_HOME: usize = 3;

/// What the list, the home page and the feed show of one post.
#[derive(Debug, Clone, PartialEq)]
pub struct PostSummary {
    /// From the file name without its date: `2026-01-15-town-hall.md` is `town-hall`.
    pub slug: String,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// One paragraph of plain text.
    pub summary: String,
    pub tags: Vec<String>,
    /// The edition it is published in (`lang = "en"` or `"fr"`).
    pub lang: Lang,
    /// When and where it happens, for a post that is an event.
    pub event: Option<Event>,
}

/// A published post, ready to write out.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub summary: PostSummary,
    pub html: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    date: Option<toml::Value>,
    summary: Option<String>,
    tags: Option<Vec<String>>,
    draft: Option<bool>,
    lang: Option<String>,
    event: Option<EventTable>,
}

/// Every published post in `dir`, newest first, and the warnings to print.
/// A missing folder means no posts. Errors name each file.
pub fn load(
    dir: &Path,
    image_exists: &dyn Fn(&str) -> bool,
) -> Result<(Vec<Post>, Vec<String>), Vec<String>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok((vec![], vec![]));
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // The folder's README explains the format; it is not a post.
        .filter(|n| n.ends_with(".md") && !n.eq_ignore_ascii_case("README.md"))
        .collect();
    names.sort();
    let (mut posts, mut warnings, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    // Each post's file, by slug: two files may not give one address.
    let mut files: std::collections::HashMap<String, String> = Default::default();
    for name in names {
        let shown = dir.join(&name).display().to_string();
        let parsed = fs::read_to_string(dir.join(&name))
            .map_err(|e| vec![e.to_string()])
            .and_then(|text| parse(&name, &text, image_exists));
        match parsed {
            Ok((post, notes)) => {
                warnings.extend(notes.into_iter().map(|n| format!("{shown}: {n}")));
                if let Some(post) = &post {
                    if let Some(other) = files.insert(post.summary.slug.clone(), name.clone()) {
                        errors.push(format!(
                            "{}: two posts are named \"{}\" ({other} and {name}): rename one so each post has its own address",
                            dir.display(),
                            post.summary.slug,
                        ));
                    }
                }
                posts.extend(post);
            }
            Err(problems) => errors.extend(problems.into_iter().map(|p| format!("{shown}: {p}"))),
        }
    }
    posts.sort_by(|a: &Post, b: &Post| {
        (&b.summary.date, &a.summary.slug).cmp(&(&a.summary.date, &b.summary.slug))
    });
    if errors.is_empty() {
        Ok((posts, warnings))
    } else {
        Err(errors)
    }
}

/// One file: `None` for a draft. Errors start with the line when there is one.
pub fn parse(
    file_name: &str,
    text: &str,
    image_exists: &dyn Fn(&str) -> bool,
) -> Result<(Option<Post>, Vec<String>), Vec<String>> {
    let fail = |m: String| Err(vec![m]);
    // The file name's date only orders the folder: the front matter's `date` is the post's, so
    // a post whose date is changed later (in the content editor, say) keeps its name and address.
    let Some(slug) = file_name
        .strip_suffix(".md")
        .filter(|n| {
            n.len() > 11
                && n.bytes().take(11).enumerate().all(|(i, b)| match i {
                    4 | 7 | 10 => b == b'-',
                    _ => b.is_ascii_digit(),
                })
        })
        .map(|n| &n[11..])
    else {
        return fail(
            "the file name must be the date and a short name, like 2026-01-15-town-hall.md".into(),
        );
    };
    if !is_slug(slug) {
        return fail(format!(
            "\"{slug}\" in the file name may hold only lower-case letters, digits and single hyphens"
        ));
    }
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let Some(rest) = text.strip_prefix("+++\n") else {
        return fail("line 1: the file must start with a +++ line, then title and date, then another +++ line".into());
    };
    let Some(end) = rest
        .find("\n+++\n")
        .or_else(|| rest.strip_suffix("\n+++").map(str::len))
    else {
        return fail("the front matter has no closing +++ line".into());
    };
    let (front, body) = (&rest[..end], rest.get(end + 5..).unwrap_or(""));
    // The front matter starts on the file's second line, after `+++`.
    let front_line = |offset: usize| super::line_at(front, offset) + 1;
    let fm: FrontMatter = toml::from_str(front).map_err(|e| {
        let line = e.span().map_or(2, |s| front_line(s.start));
        vec![format!("line {line}: {}", e.message())]
    })?;
    let line_of = |key: &str| {
        front
            .lines()
            .position(|l| l.trim_start().starts_with(key))
            .map_or(2, |i| i + 2)
    };
    let title = fm.title.unwrap_or_default().trim().to_string();
    if title.is_empty() {
        return fail(
            "the front matter has no title: add a line like title = \"Our town hall\"".into(),
        );
    }
    let date = match fm.date {
        None => {
            return fail("the front matter has no date: add a line like date = 2026-01-15".into())
        }
        Some(toml::Value::String(s)) => s,
        Some(toml::Value::Datetime(d)) => d.to_string(),
        Some(other) => format!("{other:?}"),
    };
    if !is_date(&date) {
        return fail(format!(
            "line {}: date {date:?} must be a real date written YYYY-MM-DD, like 2026-01-15",
            line_of("date")
        ));
    }
    let code = fm.lang.unwrap_or_else(|| Lang::En.code().into());
    let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
        return fail(format!(
            "line {}: lang {code:?} must be \"en\" or \"fr\"",
            line_of("lang")
        ));
    };
    let tags = fm.tags.unwrap_or_default();
    if let Some(bad) = tags.iter().find(|t| !is_slug(t)) {
        return fail(format!(
            "line {}: tag {bad:?} may hold only lower-case letters, digits and single hyphens, like doctors-desk",
            line_of("tags")
        ));
    }
    let event = fm
        .event
        .map(|table| table.read(&line_of))
        .transpose()
        .map_err(|e| vec![e])?;
    if fm.draft == Some(true) {
        return Ok((None, vec![]));
    }
    let body_line = 3 + front.matches('\n').count() + 1;
    let rendered = markdown::render(body, body_line, image_exists)?;
    let summary = fm
        .summary
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .unwrap_or(rendered.first_paragraph);
    Ok((
        Some(Post {
            summary: PostSummary {
                slug: slug.to_string(),
                title,
                date,
                summary,
                tags,
                lang,
                event,
            },
            html: rendered.html,
        }),
        rendered.warnings,
    ))
}

/// An edition's posts in the order "Our work" and the home page list them:
/// the events still to come as of `now`, soonest first, then the rest
/// (news and past events) newest first, as `posts` holds them.
pub fn listed(posts: &[PostSummary], now: Timestamp) -> Vec<PostSummary> {
    let upcoming = |p: &PostSummary| p.event.as_ref().is_some_and(|e| !e.is_over(now));
    let mut coming: Vec<PostSummary> = posts.iter().filter(|p| upcoming(p)).cloned().collect();
    coming.sort_by_key(|p| p.event.as_ref().map(|e| e.start.timestamp()));
    coming.extend(posts.iter().filter(|p| !upcoming(p)).cloned());
    coming
}

/// `YYYY-MM-DD`, a day that exists.
fn is_date(date: &str) -> bool {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| date[r].parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(name: &str, text: &str) -> Result<Option<Post>, Vec<String>> {
        parse(name, text, &|_| true).map(|(p, _)| p)
    }

    #[test]
    fn a_post_reads_its_front_matter_and_slug() {
        let p = post(
            "2026-01-15-town-hall.md",
            "+++\ntitle = \"A town hall\"\ndate = 2026-01-15\ntags = [\"events\"]\n+++\n\nWe met.\n\n## Notes\n",
        )
        .unwrap()
        .unwrap();
        assert_eq!(p.summary.slug, "town-hall");
        assert_eq!(p.summary.date, "2026-01-15");
        assert_eq!(p.summary.summary, "We met.");
        assert_eq!(p.summary.lang, Lang::En);
        assert_eq!(p.summary.tags, ["events"]);
        // The post starts at `##`: that is the level below the title, an `<h2>`.
        assert!(p.html.contains("<h2>Notes</h2>"));
        let quoted = post(
            "2026-01-15-a.md",
            "+++\r\ntitle = \"A\"\r\ndate = \"2026-01-15\"\r\nsummary = \"Given.\"\r\nlang = \"fr\"\r\n+++\r\nBody",
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            (quoted.summary.summary.as_str(), quoted.summary.lang),
            ("Given.", Lang::Fr)
        );
    }

    #[test]
    fn drafts_are_not_published() {
        let text = "+++\ntitle = \"A\"\ndate = 2026-01-15\ndraft = true\n+++\nx";
        assert_eq!(post("2026-01-15-a.md", text).unwrap(), None);
    }

    #[test]
    fn the_front_matter_date_wins_and_the_file_name_stays() {
        // A post re-dated after it was written (by hand or in the content editor).
        let text = "+++\ntitle = \"A\"\ndate = 2026-03-02\n+++\nBody.\n";
        let p = post("2026-01-15-town-hall.md", text).unwrap().unwrap();
        assert_eq!(
            (p.summary.date.as_str(), p.summary.slug.as_str()),
            ("2026-03-02", "town-hall")
        );
    }

    #[test]
    fn an_event_is_a_post_with_an_event_table_checked_with_its_files_lines() {
        let text = "+++\ntitle = \"Town hall\"\ndate = 2027-01-10\n\n[event]\nstart = 2027-01-20T18:00:00\nplace = \"Online\"\nlink = \"https://example.org/register\"\n+++\nCome.\n";
        let event = post("2027-01-10-town-hall.md", text)
            .unwrap()
            .unwrap()
            .summary
            .event
            .unwrap();
        assert_eq!(event.start_attribute(), "2027-01-20T18:00:00-05:00");
        assert_eq!(event.link.as_deref(), Some("https://example.org/register"));
        // The line is the file's: the front matter starts on line 2.
        let skipped = text.replace("2027-01-20T18:00:00", "2027-03-14T02:00:00");
        let errors = post("2027-01-10-town-hall.md", &skipped).unwrap_err();
        assert!(
            errors[0].starts_with("line 6: start 2027-03-14T02:00:00 does not exist in Toronto"),
            "{errors:?}"
        );
        let unknown = text.replace("place =", "venue =");
        let errors = post("2027-01-10-town-hall.md", &unknown).unwrap_err();
        assert!(
            errors[0].starts_with("line 7: unknown field `venue`"),
            "{errors:?}"
        );
        // A post without the table is not an event.
        let plain = "+++\ntitle = \"A\"\ndate = 2026-03-02\n+++\nBody.\n";
        assert_eq!(
            post("2026-03-02-a.md", plain)
                .unwrap()
                .unwrap()
                .summary
                .event,
            None
        );
    }

    #[test]
    fn bad_posts_say_what_to_fix_and_where() {
        for (name, text, why) in [
            ("town-hall.md", "", "file name must be the date"),
            ("2026-01-15-Town_Hall.md", "", "lower-case"),
            (
                "2026-01-15-a.md",
                "title = \"A\"",
                "line 1: the file must start with a +++",
            ),
            ("2026-01-15-a.md", "+++\ntitle = \"A\"\n", "no closing +++"),
            (
                "2026-01-15-a.md",
                "+++\ndate = 2026-01-15\n+++\n",
                "no title",
            ),
            ("2026-01-15-a.md", "+++\ntitle = \"A\"\n+++\n", "no date"),
            (
                "2026-01-15-a.md",
                "+++\ntitle = \"A\"\ndate = \"15/01/2026\"\n+++\n",
                "line 3: date \"15/01/2026\" must be a real date",
            ),
            (
                "2026-02-30-a.md",
                "+++\ntitle = \"A\"\ndate = \"2026-02-30\"\n+++\n",
                "real date",
            ),
            (
                "2026-01-15-a.md",
                "+++\ntitle = \"A\"\ndate = 2026-01-15\nauthor = \"B\"\n+++\n",
                "line 4: unknown field `author`",
            ),
            (
                "2026-01-15-a.md",
                "+++\ntitle = \"A\"\ndate = 2026-01-15\nlang = \"de\"\n+++\n",
                "line 4: lang",
            ),
            (
                "2026-01-15-a.md",
                "+++\ntitle = \"A\"\ndate = 2026-01-15\ntags = [\"Big News\"]\n+++\n",
                "line 4: tag",
            ),
            ("2026-01-15-a.md", "+++\ntitle = \"A\n+++\n", "line 2:"),
            (
                "2026-01-15-a.md",
                "+++\ntitle = \"A\"\ndate = 2026-01-15\n+++\n\n![](images/a.png)\n",
                "line 6: image",
            ),
        ] {
            let errors = post(name, text).unwrap_err();
            assert!(errors[0].contains(why), "{name}: {errors:?}");
        }
    }

    #[test]
    fn a_folder_is_read_newest_first_and_two_posts_with_one_slug_stop_the_build() {
        let dir = std::env::temp_dir().join(format!("itpo-posts-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, date: &str| {
            let text = format!("+++\ntitle = \"T {name}\"\ndate = {date}\n+++\nBody.\n");
            fs::write(dir.join(name), text).unwrap();
        };
        write("2026-01-01-older.md", "2026-01-01");
        write("2026-02-01-newer.md", "2026-02-01");
        fs::write(dir.join("README.md"), "Not a post.").unwrap();
        let (posts, _) = load(&dir, &|_| true).unwrap();
        let slugs: Vec<_> = posts.iter().map(|p| p.summary.slug.as_str()).collect();
        assert_eq!(slugs, ["newer", "older"]);
        write("2026-03-01-older.md", "2026-03-01");
        let errors = load(&dir, &|_| true).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("two posts are named \"older\""),
            "{errors:?}"
        );
        assert!(
            errors[0].contains("2026-01-01-older.md") && errors[0].contains("2026-03-01-older.md")
        );
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(load(&dir, &|_| true).unwrap().0, vec![]);
    }

    #[test]
    fn upcoming_events_come_first_soonest_first_then_the_rest_newest_first() {
        let summary = |name: &str, front: &str| {
            post(
                name,
                &format!("+++\ntitle = \"{name}\"\n{front}\n+++\nBody.\n"),
            )
            .unwrap()
            .unwrap()
            .summary
        };
        let event = |date: &str, start: &str| {
            format!("date = {date}\n[event]\nstart = {start}\nplace = \"Online\"")
        };
        // Newest first, as `load` orders them.
        let posts = [
            summary(
                "2026-05-25-soon.md",
                &event("2026-05-25", "2026-06-10T18:00:00"),
            ),
            summary("2026-05-20-news.md", "date = 2026-05-20"),
            summary(
                "2026-05-10-later.md",
                &event("2026-05-10", "2026-07-15T18:00:00"),
            ),
            summary(
                "2026-03-01-past.md",
                &event("2026-03-01", "2026-03-02T18:00:00"),
            ),
        ];
        let now: Timestamp = "2026-06-01T12:00:00Z".parse().unwrap();
        let order: Vec<_> = listed(&posts, now).into_iter().map(|p| p.slug).collect();
        assert_eq!(order, ["soon", "later", "news", "past"]);
    }

    #[test]
    fn dates_must_exist() {
        assert!(is_date("2024-02-29") && is_date("2026-12-31"));
        assert!(!is_date("2026-02-29") && !is_date("2026-13-01") && !is_date("2026-1-5"));
    }
}
