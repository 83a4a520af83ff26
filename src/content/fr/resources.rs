//! « Par où commencer » en français.

use crate::content::resources::ResourcesCopy;

pub const RESOURCES: ResourcesCopy = ResourcesCopy {
    intro: "Les organismes officiels auxquels s’adressent les médecins formés à l’étranger en \
            Ontario pendant leurs démarches d’obtention du permis d’exercice, et le rôle de \
            chacun.",
    rules_change_heading: "Les règles changent",
    rules_change: "Les exigences, les frais et les échéances changent. Les sites officiels \
                   ci-dessous font autorité; consultez-les avant d’agir. L’ITPO ne fait pas \
                   partie de ces organismes.",
    source: "Source :",
    checked: "vérifié le",
    visit: "Site officiel :",
};
