//! English copy for "Where to start".

use crate::content::resources::ResourcesCopy;

pub const RESOURCES: ResourcesCopy = ResourcesCopy {
    intro: "The official bodies an internationally trained physician in Ontario deals with on \
            the way to licensure, and what each does.",
    rules_change_heading: "Rules change",
    rules_change: "Requirements, fees and deadlines change. The official sites linked below are \
                   the authority; check them before you act. ITPO is not part of these bodies.",
    source: "Source:",
    checked: "checked",
    visit: "Official site:",
};
