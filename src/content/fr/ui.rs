//! Les mots du cadre du site, en français.

use crate::content::ui::UiCopy;

pub const UI: UiCopy = UiCopy {
    skip_link: "Passer au contenu principal",
    nav_main: "Principale",
    nav_footer: "Pied de page",
    switch_label: "Français",
    motto_gloss: "Plus forts ensemble",
    cta_join: "Joignez-vous à nous",
    cta_story: "Lire notre histoire",
    cta_mission: "Notre mission",
    home_cards_label: "En savoir plus sur l’ITPO",
    card_mission: "Ce à quoi l’ITPO aspire et les objectifs qu’il poursuit.",
    card_directors: "Le conseil d’administration de l’ITPO.",
    card_join: "Qui peut adhérer et comment devenir membre.",
    legend_about: "Vos renseignements",
    legend_training: "Votre formation",
    legend_consent: "Consentement",
    honeypot_label: "Laissez ce champ vide",
    error_prefix: "Erreur : ",
    loading: "Chargement…",
    load_failed_heading: "Cette page n’a pas pu être chargée",
    load_failed: "Vérifiez votre connexion, puis rechargez la page.",
};
