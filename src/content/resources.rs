//! Copy for "Where to start" (the resources page). The bodies themselves
//! are data, in `content/resources.toml`.

use super::pages::PageMeta;

pub const RESOURCES: PageMeta = PageMeta {
    title: "Where to Start",
    heading: "Where to start",
    description: "The official bodies an internationally trained physician in Ontario deals \
                  with, what each does, and links to their own sites.",
};

pub const INTRO: &str = "The official bodies an internationally trained physician in Ontario \
                         deals with on the way to licensure, and what each does.";
pub const RULES_CHANGE_HEADING: &str = "Rules change";
pub const RULES_CHANGE: &str = "Requirements, fees and deadlines change. The official sites \
                                linked below are the authority; check them before you act. \
                                ITPO is not part of these bodies.";
pub const SOURCE: &str = "Source:";
pub const CHECKED: &str = "checked";
pub const VISIT: &str = "Official site:";
pub const LOADING: &str = "Loading the list…";
pub const LOAD_FAILED: &str =
    "The list could not be loaded. Check your connection and reload the page.";
