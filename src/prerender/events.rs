//! Events: a post whose front matter has an `[event]` table says when and
//! where something happens. Its times are Toronto's (America/Toronto),
//! daylight saving included, so a volunteer writes the time on the poster; a
//! time the clocks skip or pass twice at a change, an end before the start, or
//! a link that is not `https://` stops the build with the line.

use jiff::{
    civil,
    tz::{AmbiguousOffset, TimeZone},
    Timestamp, ZonedDateTime,
};
use serde::Deserialize;

use crate::{
    content::{self, work::EventWhen},
    lang::Lang,
};

/// Where every event happens in time: Ontario's zone.
pub const TIME_ZONE: &str = "America/Toronto";

/// The `[event]` table as a post's front matter writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTable {
    /// When it starts, local time in Toronto: `start = 2027-01-20T18:00:00`. The same
    /// time in quotes is taken too: the content editor writes it so when it saves a post
    /// whose event it has no fields for.
    start: Option<toml::Value>,
    /// When it ends (optional), the same way.
    end: Option<toml::Value>,
    /// "Online", or an address.
    place: Option<String>,
    /// Where to register or join (optional, `https://` only).
    link: Option<String>,
}

/// An event, its times placed in Toronto's time zone.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub start: ZonedDateTime,
    pub end: Option<ZonedDateTime>,
    pub place: String,
    pub link: Option<String>,
}

impl EventTable {
    /// The event, checked. `line_of(key)` is the line a key is on, for messages.
    pub fn read(self, line_of: &dyn Fn(&str) -> usize) -> Result<Event, String> {
        let zone = TimeZone::get(TIME_ZONE)
            .map_err(|e| format!("the time zone {TIME_ZONE} is not known here: {e}"))?;
        let Some(start) = self.start else {
            return Err(format!(
                "line {}: the [event] has no start: add a line like start = 2027-01-20T18:00:00 (Toronto time)",
                line_of("[event]")
            ));
        };
        let start = in_toronto(&zone, "start", start, line_of("start"))?;
        let end = match self.end {
            Some(end) => {
                let line = line_of("end");
                let end = in_toronto(&zone, "end", end, line)?;
                if end <= start {
                    return Err(format!("line {line}: the event ends before it starts"));
                }
                Some(end)
            }
            None => None,
        };
        let place = self
            .place
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .ok_or_else(|| {
                format!(
                    "line {}: the [event] has no place: add a line like place = \"Online\" or its address",
                    line_of("[event]")
                )
            })?;
        if let Some(link) = &self.link {
            if !link.starts_with("https://") || link.contains(char::is_whitespace) {
                return Err(format!(
                    "line {}: the event's link {link:?} must be an https:// address",
                    line_of("link")
                ));
            }
        }
        Ok(Event {
            start,
            end,
            place,
            link: self.link,
        })
    }
}

/// A local date and time in Toronto, or why it is not one.
fn in_toronto(
    zone: &TimeZone,
    key: &str,
    value: toml::Value,
    line: usize,
) -> Result<ZonedDateTime, String> {
    let wrong = || {
        format!(
            "line {line}: {key} must be a date and a time in Toronto, without a time zone, like {key} = 2027-01-20T18:00:00"
        )
    };
    let civil = match value {
        toml::Value::Datetime(toml::value::Datetime {
            date: Some(date),
            time: Some(time),
            offset: None,
        }) => civil::DateTime::new(
            date.year as i16,
            date.month as i8,
            date.day as i8,
            time.hour as i8,
            time.minute as i8,
            time.second as i8,
            0,
        )
        .map_err(|e| format!("line {line}: {key} is not a real date and time ({e})"))?,
        // "2027-01-20T18:00:00.000", with no offset or zone after the time.
        toml::Value::String(text)
            if text
                .split_once('T')
                .is_some_and(|(_, time)| !time.contains(['+', '-', 'Z', 'z', '['])) =>
        {
            text.parse::<civil::DateTime>().map_err(|_| wrong())?
        }
        _ => return Err(wrong()),
    };
    let ambiguous = zone.to_ambiguous_zoned_datetime(civil);
    match ambiguous.offset() {
        AmbiguousOffset::Unambiguous { .. } => ambiguous
            .unambiguous()
            .map_err(|e| format!("line {line}: {key}: {e}")),
        AmbiguousOffset::Gap { .. } => Err(format!(
            "line {line}: {key} {civil} does not exist in Toronto: the clocks skip that hour for daylight saving time; write the time the event really starts"
        )),
        AmbiguousOffset::Fold { .. } => Err(format!(
            "line {line}: {key} {civil} happens twice in Toronto, as the clocks go back an hour; choose another time, or write it in standard time an hour later"
        )),
    }
}

impl Event {
    /// When it happens, in an edition's words and Toronto's time zone:
    /// "Wednesday 20 January 2027, 6:00 to 7:30 p.m. ET".
    pub fn when(&self, lang: Lang) -> String {
        let copy = content::work(lang);
        let day = |at: &ZonedDateTime| {
            format!(
                "{} {}",
                copy.weekdays[at.weekday().to_monday_zero_offset() as usize],
                copy.date_in_words(&at.date().to_string())
            )
        };
        let clock = |at: &ZonedDateTime| (at.hour() as u8, at.minute() as u8);
        (copy.event_when)(&EventWhen {
            date: day(&self.start),
            start: clock(&self.start),
            end: self.end.as_ref().map(clock),
            end_date: self
                .end
                .as_ref()
                .filter(|end| end.date() != self.start.date())
                .map(day),
        })
    }

    /// The start as a machine-readable instant with its UTC offset, for `<time datetime>`.
    pub fn start_attribute(&self) -> String {
        with_offset(&self.start)
    }

    /// The end the same way, when there is one.
    pub fn end_attribute(&self) -> Option<String> {
        self.end.as_ref().map(with_offset)
    }

    /// When it is over: its end, or its start when it gives no end.
    pub fn ends(&self) -> Timestamp {
        self.end.as_ref().unwrap_or(&self.start).timestamp()
    }

    pub fn is_over(&self, now: Timestamp) -> bool {
        self.ends() <= now
    }

    /// Whether it happens online: its place starts with "Online" or « En ligne »
    /// (or "Virtual", « Virtuel »), whatever follows ("Online (Zoom)").
    pub fn is_online(&self) -> bool {
        let place = self.place.to_lowercase();
        ["online", "en ligne", "virtual", "virtuel"]
            .iter()
            .any(|word| place.starts_with(word))
    }
}

/// `2027-01-20T18:00:00-05:00`.
fn with_offset(at: &ZonedDateTime) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(table: &str) -> Result<Event, String> {
        #[derive(Deserialize)]
        struct Front {
            event: EventTable,
        }
        let text = format!("[event]\n{table}");
        let front: Front = toml::from_str(&text).unwrap();
        front.event.read(&|key| {
            text.lines()
                .position(|l| l.trim_start().starts_with(key))
                .map_or(1, |i| i + 1)
        })
    }

    #[test]
    fn times_are_torontos_winter_and_summer() {
        let winter =
            event("start = 2027-01-20T18:00:00\nend = 2027-01-20T19:30:00\nplace = \"Online\"")
                .unwrap();
        assert_eq!(winter.start_attribute(), "2027-01-20T18:00:00-05:00");
        assert_eq!(winter.start.timestamp().to_string(), "2027-01-20T23:00:00Z");
        let summer = event("start = 2027-07-14T18:00:00\nplace = \"Toronto\"").unwrap();
        assert_eq!(summer.start.timestamp().to_string(), "2027-07-14T22:00:00Z");
    }

    #[test]
    fn a_time_in_quotes_as_the_content_editor_writes_it_is_the_same_time() {
        let quoted = event("end = \"2027-01-20T19:30:00.000\"\nplace = \"Online\"\nstart = \"2027-01-20T18:00:00.000\"").unwrap();
        let bare =
            event("start = 2027-01-20T18:00:00\nend = 2027-01-20T19:30:00\nplace = \"Online\"")
                .unwrap();
        assert_eq!(quoted, bare);
    }

    #[test]
    fn each_edition_says_when_in_its_own_words() {
        let evening =
            event("start = 2027-01-20T18:00:00\nend = 2027-01-20T19:30:00\nplace = \"Online\"")
                .unwrap();
        assert_eq!(
            evening.when(Lang::En),
            "Wednesday 20 January 2027, 6:00 to 7:30 p.m. ET"
        );
        assert_eq!(
            evening.when(Lang::Fr),
            "mercredi 20 janvier 2027, de 18\u{a0}h à 19\u{a0}h\u{a0}30 (heure de l’Est)"
        );
        let across_noon =
            event("start = 2027-02-01T11:30:00\nend = 2027-02-01T13:00:00\nplace = \"Online\"")
                .unwrap();
        assert_eq!(
            across_noon.when(Lang::En),
            "Monday 1 February 2027, 11:30 a.m. to 1:00 p.m. ET"
        );
        assert_eq!(
            across_noon.when(Lang::Fr),
            "lundi 1er février 2027, de 11\u{a0}h\u{a0}30 à 13\u{a0}h (heure de l’Est)"
        );
        let open_ended = event("start = 2027-07-14T00:15:00\nplace = \"Toronto\"").unwrap();
        assert_eq!(
            open_ended.when(Lang::En),
            "Wednesday 14 July 2027, 12:15 a.m. ET"
        );
        assert_eq!(
            open_ended.when(Lang::Fr),
            "mercredi 14 juillet 2027, à 0\u{a0}h\u{a0}15 (heure de l’Est)"
        );
        let overnight =
            event("start = 2027-01-20T22:00:00\nend = 2027-01-21T01:00:00\nplace = \"Online\"")
                .unwrap();
        assert_eq!(
            overnight.when(Lang::En),
            "Wednesday 20 January 2027, 10:00 p.m. to Thursday 21 January 2027, 1:00 a.m. ET"
        );
        assert_eq!(
            overnight.when(Lang::Fr),
            "du mercredi 20 janvier 2027, 22\u{a0}h, au jeudi 21 janvier 2027, 1\u{a0}h (heure de l’Est)"
        );
    }

    #[test]
    fn an_event_is_over_at_its_end_or_else_its_start() {
        let with_end =
            event("start = 2027-01-20T18:00:00\nend = 2027-01-20T19:30:00\nplace = \"Online\"")
                .unwrap();
        let at = |t: &str| t.parse::<Timestamp>().unwrap();
        assert!(!with_end.is_over(at("2027-01-21T00:29:59Z")));
        assert!(with_end.is_over(at("2027-01-21T00:30:00Z")));
        let without = event("start = 2027-01-20T18:00:00\nplace = \"Online (Zoom)\"").unwrap();
        assert!(without.is_over(at("2027-01-20T23:00:00Z")));
        assert!(without.is_online());
        let hall = event("start = 2027-01-20T18:00:00\nplace = \"1 Example Street\"").unwrap();
        assert!(!hall.is_online());
    }

    #[test]
    fn bad_events_are_refused_with_their_line() {
        for (table, message) in [
            ("place = \"Online\"", "line 1: the [event] has no start"),
            (
                "start = 2027-01-20T18:00:00",
                "line 1: the [event] has no place",
            ),
            (
                "start = 2027-01-20T18:00:00\nend = 2027-01-20T17:00:00\nplace = \"Online\"",
                "line 3: the event ends before it starts",
            ),
            (
                "start = 2027-01-20T18:00:00\nplace = \"Online\"\nlink = \"http://example.org/\"",
                "line 4: the event's link \"http://example.org/\" must be an https:// address",
            ),
            (
                "start = 2027-03-14T02:30:00\nplace = \"Online\"",
                "line 2: start 2027-03-14T02:30:00 does not exist in Toronto",
            ),
            (
                "start = 2027-11-07T01:30:00\nplace = \"Online\"",
                "line 2: start 2027-11-07T01:30:00 happens twice in Toronto",
            ),
            (
                "start = 2027-01-20\nplace = \"Online\"",
                "line 2: start must be a date and a time in Toronto",
            ),
            (
                "start = 2027-01-20T18:00:00-05:00\nplace = \"Online\"",
                "line 2: start must be a date and a time in Toronto, without a time zone",
            ),
            (
                "start = \"2027-01-20T23:00:00Z\"\nplace = \"Online\"",
                "line 2: start must be a date and a time in Toronto, without a time zone",
            ),
            (
                "start = \"next Tuesday\"\nplace = \"Online\"",
                "line 2: start must be a date and a time in Toronto",
            ),
        ] {
            let error = event(table).unwrap_err();
            assert!(error.starts_with(message), "{table}: {error}");
        }
    }
}
