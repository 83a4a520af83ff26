//! La déclaration d’accessibilité en français.

use crate::content::accessibility::AccessibilityCopy;

pub const ACCESSIBILITY: AccessibilityCopy = AccessibilityCopy {
    intro: "L’ITPO veut que tout le monde puisse utiliser ce site, quels que soient l’appareil, \
            le navigateur ou la technologie d’assistance utilisés.",
    standard_heading: "La norme que nous suivons",
    standard: "La norme d’accessibilité de l’Ontario pour les sites Web (LAPHO, Règl. de l’Ont. \
               191/11) renvoie aux Règles pour l’accessibilité des contenus Web (WCAG) 2.0, \
               niveau AA. Nous concevons et vérifions le site pour qu’il respecte les WCAG 2.1, \
               niveau AA, qui comprennent toutes les exigences des WCAG 2.0, niveau AA.",
    tested_heading: "Comment le site est vérifié",
    tested: &[
        "Chaque page des deux éditions est vérifiée automatiquement avec axe-core, dans un vrai \
         navigateur, à chaque modification du site, pour déceler les problèmes de niveaux A et \
         AA des WCAG 2.1; le formulaire d’adhésion l’est aussi avec ses messages d’erreur, après \
         l’envoi et en cas d’échec de l’envoi.",
        "Le lien d’évitement, la navigation et tout le formulaire d’adhésion sont vérifiés au \
         clavier seulement.",
        "Chaque page est vérifiée sur un écran de 320 pixels de large, sans défilement \
         horizontal.",
        "Chaque page peut être lue avec JavaScript désactivé.",
    ],
    tested_note: "Les vérifications automatiques trouvent beaucoup de problèmes, mais pas tous; \
                  le site n’a pas encore été évalué par des personnes qui utilisent des \
                  technologies d’assistance au quotidien.",
    limits_heading: "Limites connues",
    limits: &[
        "Chaque article est rédigé dans une seule langue : certains n’existent qu’en français, \
         d’autres qu’en anglais.",
        "Dans « Par où commencer », les sources citées, et le nom des organismes qui n’ont pas \
         de nom officiel en français, sont en anglais, comme sur leurs propres sites.",
        "Les images des articles sont décrites par les personnes qui les publient; le site ne \
         publie aucune image sans description.",
        "Une page ouverte depuis le site peut afficher « Chargement… » un instant la première \
         fois, le temps qu’un petit fichier arrive.",
        "Les liens vers d’autres organismes mènent à des sites que l’ITPO ne contrôle pas.",
    ],
    report_heading: "Signalez-nous un obstacle",
    report: "Si quelque chose sur ce site est difficile ou impossible à utiliser pour vous, \
             dites-nous de quelle page il s’agit, ce que vous essayiez de faire et ce qui s’est \
             passé. Nous vous répondrons et corrigerons ce que nous pourrons.",
    report_contact: "Écrivez à l’ITPO à l’adresse",
    report_no_contact: "Cette version du site ne donne pas encore d’adresse pour signaler les \
                        obstacles.",
};
