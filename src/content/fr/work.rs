//! « Nos activités » en français.

use crate::content::work::{EventWhen, WorkCopy};

pub const WORK: WorkCopy = WorkCopy {
    intro: "Ce que l’ITPO a fait et dit, du plus récent au plus ancien; les événements à venir paraissent en premier.",
    latest_heading: "Nos dernières activités",
    all_posts: "Toutes nos activités",
    tags_label: "Sujets :",
    published: "Publié le",
    back_to_list: "Retour à la liste des activités",
    feed_title: "ITPO : Nos activités",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    // « 1er » for the first of the month, as French writes it.
    date: |day, month, year| match day {
        1 => format!("1er {month} {year}"),
        _ => format!("{day} {month} {year}"),
    },
    weekdays: [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    event_when_label: "Quand",
    event_place_label: "Où",
    event_link: "S’inscrire ou participer",
    add_to_calendar: "Ajouter à mon agenda (fichier .ics)",
    upcoming_label: "Événement à venir\u{a0}:",
    past_label: "Événement passé\u{a0}:",
    ended_note: "Cet événement est terminé.",
    calendar_heading: "Nos événements dans votre agenda",
    calendar_text: "Pour voir nos événements dans votre application d’agenda à mesure que nous \
                    les ajoutons, abonnez-vous à notre agenda\u{a0}: dans l’application, \
                    choisissez d’ajouter un agenda à partir d’Internet (par URL), et donnez-lui \
                    l’adresse de ce lien\u{a0}:",
    calendar_link: "Agenda des événements de l’ITPO",
    calendar_name: "Événements de l’ITPO",
    event_when,
};

/// « mercredi 20 janvier 2027, de 18 h à 19 h 30 (heure de l’Est) »: a
/// 24-hour clock, the hour and its minutes joined by non-breaking spaces.
fn event_when(when: &EventWhen) -> String {
    let clock = |(hour, minute): (u8, u8)| match minute {
        0 => format!("{hour}\u{a0}h"),
        m => format!("{hour}\u{a0}h\u{a0}{m:02}"),
    };
    let (date, start) = (&when.date, clock(when.start));
    match (when.end.map(clock), &when.end_date) {
        (Some(end), Some(end_date)) => {
            format!("du {date}, {start}, au {end_date}, {end} (heure de l’Est)")
        }
        (Some(end), None) => format!("{date}, de {start} à {end} (heure de l’Est)"),
        (None, _) => format!("{date}, à {start} (heure de l’Est)"),
    }
}
