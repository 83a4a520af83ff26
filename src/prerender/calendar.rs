//! Events as iCalendar (RFC 5545), for members' calendar apps: each event's
//! own `.ics` file beside its page ("Add to calendar"), and one feed per
//! edition that an app can subscribe to (`events.ics`, `fr/evenements.ics`),
//! written even when it holds no event so that a subscription never breaks.
//! Times are written in UTC, the exact instants Toronto's zone gives, so no
//! time-zone rule is restated here.

use jiff::Timestamp;

use super::posts::Post;
use crate::{
    config::site_url_of,
    content::{self, ORG_NAME},
    lang::Lang,
    posts,
};

/// An edition's feed, below the site's base.
pub fn feed_path(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "/events.ics",
        Lang::Fr => "/fr/evenements.ics",
    }
}

/// An event's own file, in its page's folder and named after it, so a
/// download is called `town-hall.ics`.
pub fn event_path(slug: &str, lang: Lang) -> String {
    format!("{}{slug}.ics", posts::path(slug, lang))
}

/// An edition's feed: its `events` (posts with an `[event]` table; others
/// are skipped), under the name a calendar app gives the subscription.
/// `site_url` (absolute, ending in `/`) gives each event its page's address
/// and a UID under the site's host; `now` is the stamp of this build.
pub fn feed(events: &[&Post], lang: Lang, site_url: Option<&str>, now: Timestamp) -> String {
    calendar(
        events,
        lang,
        Some(content::work(lang).calendar_name),
        site_url,
        now,
    )
}

/// One event's own file ("Add to my calendar"): no calendar name, so an app
/// adds the event to the member's calendar rather than making a new one.
pub fn event_file(post: &Post, site_url: Option<&str>, now: Timestamp) -> String {
    calendar(&[post], post.summary.lang, None, site_url, now)
}

fn calendar(
    events: &[&Post],
    lang: Lang,
    name: Option<&str>,
    site_url: Option<&str>,
    now: Timestamp,
) -> String {
    let copy = content::work(lang);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//{ORG_NAME}//Website//{}",
            lang.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    if let Some(name) = name {
        // The name an app gives the subscription: RFC 7986's, and the older
        // one that Google Calendar and Outlook read.
        lines.push(format!("NAME:{}", text(name)));
        lines.push(format!("X-WR-CALNAME:{}", text(name)));
    }
    let stamp = utc(now);
    if !events.iter().any(|post| post.summary.event.is_some()) {
        // RFC 5545's grammar asks a calendar for at least one component, and some apps refuse one
        // without. Events are written in UTC, so UTC's own time zone is the one component that
        // says nothing the site does not know.
        lines.extend(
            [
                "BEGIN:VTIMEZONE",
                "TZID:UTC",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0000",
                "TZOFFSETTO:+0000",
                "END:STANDARD",
                "END:VTIMEZONE",
            ]
            .map(String::from),
        );
    }
    for post in events {
        let Some(event) = &post.summary.event else {
            continue;
        };
        let s = &post.summary;
        let page = site_url.map(|url| site_url_of(url, &posts::path(&s.slug, s.lang)));
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", uid(&s.slug, site_url)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART:{}", utc(event.start.timestamp())));
        if let Some(end) = &event.end {
            lines.push(format!("DTEND:{}", utc(end.timestamp())));
        }
        lines.push(format!("SUMMARY:{}", text(&s.title)));
        lines.push(format!("LOCATION:{}", text(&event.place)));
        let mut description = s.summary.clone();
        if let Some(link) = &event.link {
            description = format!("{description}\n\n{}: {link}", copy.event_link);
        }
        lines.push(format!("DESCRIPTION:{}", text(&description)));
        if let Some(page) = page {
            lines.push(format!("URL:{page}"));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// The same for every build of the same post: its slug (which names its file
/// and page) under the site's host.
fn uid(slug: &str, site_url: Option<&str>) -> String {
    let host = site_url
        .and_then(|url| url.split_once("://"))
        .and_then(|(_, rest)| rest.split(['/', ':']).next())
        .filter(|host| !host.is_empty());
    match host {
        Some(host) => format!("event-{slug}@{host}"),
        None => format!("event-{slug}"),
    }
}

/// `20270120T230000Z`.
fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and
/// line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets without splitting a character
/// (RFC 5545 3.1), each physical line ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            // The space that starts a continuation line counts.
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::posts::parse;

    fn event_post(name: &str, front: &str) -> Post {
        parse(name, &format!("+++\n{front}\n+++\nBody.\n"), &|_| true)
            .unwrap()
            .0
            .unwrap()
    }

    fn now() -> Timestamp {
        "2026-06-01T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn an_event_is_written_in_utc_escaped_and_folded() {
        let post = event_post(
            "2027-01-10-town-hall.md",
            "title = \"Town hall; «questions», answers\"\ndate = 2027-01-10\nsummary = \"Bring questions.\"\n\n[event]\nstart = 2027-01-20T18:00:00\nend = 2027-01-20T19:30:00\nplace = \"1 Example Street, Toronto\"\nlink = \"https://example.org/register\"",
        );
        let ics = event_file(&post, Some("https://example.org/itpo/"), now());
        assert!(!ics.contains("X-WR-CALNAME"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        let unfolded = ics.replace("\r\n ", "");
        for line in [
            "UID:event-town-hall@example.org",
            "DTSTAMP:20260601T120000Z",
            "DTSTART:20270120T230000Z",
            "DTEND:20270121T003000Z",
            "SUMMARY:Town hall\\; «questions»\\, answers",
            "LOCATION:1 Example Street\\, Toronto",
            "DESCRIPTION:Bring questions.\\n\\nRegister or join: https://example.org/register",
            "URL:https://example.org/itpo/work/town-hall/",
        ] {
            assert!(
                unfolded.contains(&format!("\r\n{line}\r\n")),
                "{line}\n{ics}"
            );
        }
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "{physical:?}");
        }
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn a_calendar_without_events_is_still_a_calendar() {
        let ics = feed(&[], Lang::Fr, None, now());
        assert!(ics.contains("\r\nX-WR-CALNAME:Événements de l’ITPO\r\n"));
        assert!(!ics.contains("VEVENT"));
        // A component all the same, as RFC 5545 asks: UTC's time zone.
        assert!(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\n"));
    }

    #[test]
    fn uids_depend_on_the_post_and_the_host_only() {
        assert_eq!(
            uid("a", Some("https://itpo.example:8443/x/")),
            "event-a@itpo.example"
        );
        assert_eq!(uid("a", None), "event-a");
    }
}
