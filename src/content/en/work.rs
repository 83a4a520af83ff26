//! English copy for "Our work".

use crate::content::work::WorkCopy;

pub const WORK: WorkCopy = WorkCopy {
    intro: "What ITPO has been doing and saying, newest first.",
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
};
