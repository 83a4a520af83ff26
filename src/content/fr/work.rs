//! « Nos activités » en français.

use crate::content::work::WorkCopy;

pub const WORK: WorkCopy = WorkCopy {
    intro: "Ce que l’ITPO a fait et dit, du plus récent au plus ancien.",
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
};
