//! An event page's schema.org `Event` data (JSON-LD), so search engines can
//! show its date and place: the same facts the page states, in their words.

use serde_json::{json, Value};

use super::posts::PostSummary;
use crate::{config::site_url_of, content::ORG_NAME, posts};

/// The JSON-LD of a post that is an event, `None` for any other. Addresses
/// are absolute, so the page's own and ITPO's are given only with the site's
/// URL (`site_url`, ending in `/`).
pub fn json_ld(post: &PostSummary, site_url: Option<&str>) -> Option<String> {
    let event = post.event.as_ref()?;
    let page = site_url.map(|url| site_url_of(url, &posts::path(&post.slug, post.lang)));
    let (mode, location) = if event.is_online() {
        let url = event.link.clone().or_else(|| page.clone());
        (
            "https://schema.org/OnlineEventAttendanceMode",
            json!({ "@type": "VirtualLocation", "url": url }),
        )
    } else {
        (
            "https://schema.org/OfflineEventAttendanceMode",
            json!({ "@type": "Place", "name": event.place, "address": event.place }),
        )
    };
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": post.title,
        "description": post.summary,
        "startDate": event.start_attribute(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": location,
        "organizer": { "@type": "Organization", "name": ORG_NAME },
        "inLanguage": post.lang.tag(),
    });
    let fields = data.as_object_mut()?;
    if let Some(end) = event.end_attribute() {
        fields.insert("endDate".into(), end.into());
    }
    if let Some(page) = &page {
        fields.insert("url".into(), page.as_str().into());
    }
    if let (Some(url), Some(organizer)) = (site_url, fields.get_mut("organizer")) {
        organizer["url"] = url.into();
    }
    // Drop a VirtualLocation's url when there is none to give.
    if let Some(location) = fields.get_mut("location").and_then(Value::as_object_mut) {
        location.retain(|_, v| !v.is_null());
    }
    // Inside <script>, "</" could end the element early: JSON allows `<` written `\u003c`.
    Some(serde_json::to_string(&data).ok()?.replace('<', "\\u003c"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prerender::posts::parse;

    fn summary(front: &str) -> PostSummary {
        parse(
            "2027-01-10-town-hall.md",
            &format!(
                "+++\ntitle = \"Town hall </script>\"\ndate = 2027-01-10\n{front}\n+++\nWe meet.\n"
            ),
            &|_| true,
        )
        .unwrap()
        .0
        .unwrap()
        .summary
    }

    #[test]
    fn an_online_event_in_winter_and_one_at_an_address_in_summer() {
        let online = summary("[event]\nstart = 2027-01-20T18:00:00\nend = 2027-01-20T19:30:00\nplace = \"Online\"\nlink = \"https://example.org/r\"");
        let text = json_ld(&online, Some("https://example.org/itpo/")).unwrap();
        assert!(!text.contains("</"));
        let data: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(data["@type"], "Event");
        assert_eq!(data["name"], "Town hall </script>");
        assert_eq!(data["startDate"], "2027-01-20T18:00:00-05:00");
        assert_eq!(data["endDate"], "2027-01-20T19:30:00-05:00");
        assert_eq!(data["location"]["@type"], "VirtualLocation");
        assert_eq!(data["location"]["url"], "https://example.org/r");
        assert_eq!(data["url"], "https://example.org/itpo/work/town-hall/");
        assert_eq!(data["organizer"]["url"], "https://example.org/itpo/");
        assert_eq!(data["inLanguage"], "en-CA");

        let hall = summary("lang = \"fr\"\n[event]\nstart = 2027-07-14T18:00:00\nplace = \"1 Example Street, Toronto\"");
        let data: Value = serde_json::from_str(&json_ld(&hall, None).unwrap()).unwrap();
        assert_eq!(data["startDate"], "2027-07-14T18:00:00-04:00");
        assert_eq!(
            data["eventAttendanceMode"],
            "https://schema.org/OfflineEventAttendanceMode"
        );
        assert_eq!(data["location"]["address"], "1 Example Street, Toronto");
        assert_eq!(data["inLanguage"], "fr-CA");
        assert!(data.get("url").is_none() && data.get("endDate").is_none());
        assert!(json_ld(&summary(""), None).is_none());
    }
}
