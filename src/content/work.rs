//! The shape of the copy for "Our work" (the posts) and the home page's
//! latest posts. The posts themselves are Markdown files in `content/posts/`.

#[cfg(feature = "ssr")]
use serde::Serialize;

#[derive(Debug)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
pub struct WorkCopy {
    pub intro: &'static str,
    pub latest_heading: &'static str,
    pub all_posts: &'static str,
    pub tags_label: &'static str,
    pub published: &'static str,
    pub back_to_list: &'static str,
    pub feed_title: &'static str,
    pub months: [&'static str; 12],
    /// (day, month name, year) as this language writes a date.
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub date: fn(u8, &str, &str) -> String,
    /// Monday first.
    pub weekdays: [&'static str; 7],
    /// An event's facts on its page: when, where, and its link.
    pub event_when_label: &'static str,
    pub event_place_label: &'static str,
    pub event_link: &'static str,
    /// An event's page: the link to its own `.ics` file.
    pub add_to_calendar: &'static str,
    /// Before an event's time in a list: still to come, or over (as of the
    /// build, and of the visitor's clock where the app runs).
    pub upcoming_label: &'static str,
    pub past_label: &'static str,
    /// On an event's page once it is over.
    pub ended_note: &'static str,
    /// "Our work": subscribing to the edition's calendar feed.
    pub calendar_heading: &'static str,
    pub calendar_text: &'static str,
    pub calendar_link: &'static str,
    /// The feed's name in a calendar app.
    pub calendar_name: &'static str,
    /// When an event happens, in Toronto's time, as this language writes it.
    #[cfg_attr(feature = "ssr", serde(skip))]
    pub event_when: fn(&EventWhen) -> String,
}

impl WorkCopy {
    /// `2026-01-15` as this language writes it ("15 January 2026"); anything
    /// else as it is. The one place a date is put in words (posts, resources, events).
    pub fn date_in_words(&self, date: &str) -> String {
        let mut parts = date.splitn(3, '-');
        let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next())
        else {
            return date.to_string();
        };
        let month = month
            .parse::<usize>()
            .ok()
            .and_then(|m| self.months.get(m.wrapping_sub(1)));
        match (month, day.parse::<u8>()) {
            (Some(month), Ok(day)) => (self.date)(day, month, year),
            _ => date.to_string(),
        }
    }
}

/// What `event_when` words: the day (weekday and date, already in words), the
/// start and end as (hour, minute) on a 24-hour clock, and the end's day when
/// it is another.
pub struct EventWhen {
    pub date: String,
    pub start: (u8, u8),
    pub end: Option<(u8, u8)>,
    pub end_date: Option<String>,
}
