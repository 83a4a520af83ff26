//! English copy for "Our work".

use crate::content::work::{EventWhen, WorkCopy};

pub const WORK: WorkCopy = WorkCopy {
    intro:
        "What ITPO has been doing and saying, newest first; events still to come are listed first.",
    latest_heading: "Latest from our work",
    all_posts: "All of our work",
    tags_label: "Topics:",
    published: "Published",
    back_to_list: "Back to Our Work",
    feed_title: "ITPO: Our work",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date: |day, month, year| format!("{day} {month} {year}"),
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    event_when_label: "When",
    event_place_label: "Where",
    event_link: "Register or join",
    add_to_calendar: "Add to my calendar (.ics file)",
    upcoming_label: "Upcoming event:",
    past_label: "Past event:",
    ended_note: "This event has ended.",
    calendar_heading: "Our events in your calendar",
    calendar_text: "To see our events in your calendar app as we add them, subscribe to our \
                    calendar: in the app, choose to add a calendar from the internet (by URL), \
                    and give it the address of this link:",
    calendar_link: "ITPO events calendar",
    calendar_name: "ITPO events",
    event_when,
};

/// "Wednesday 20 January 2027, 6:00 to 7:30 p.m. ET": a 12-hour clock, the
/// a.m. or p.m. said once when both times share it (Canadian Press style).
fn event_when(when: &EventWhen) -> String {
    let clock = |(hour, minute): (u8, u8)| {
        let half = if hour < 12 { "a.m." } else { "p.m." };
        let hour = match hour % 12 {
            0 => 12,
            h => h,
        };
        (format!("{hour}:{minute:02}"), half)
    };
    let (start, start_half) = clock(when.start);
    let date = &when.date;
    match (when.end.map(clock), &when.end_date) {
        (Some((end, end_half)), Some(end_date)) => {
            format!("{date}, {start} {start_half} to {end_date}, {end} {end_half} ET")
        }
        (Some((end, end_half)), None) if end_half == start_half => {
            format!("{date}, {start} to {end} {end_half} ET")
        }
        (Some((end, end_half)), None) => {
            format!("{date}, {start} {start_half} to {end} {end_half} ET")
        }
        (None, _) => format!("{date}, {start} {start_half} ET"),
    }
}
