//! Messages de validation et libellés du résumé des erreurs, en français.

use crate::content::validation::ValidationCopy;

pub const VALIDATION: ValidationCopy = ValidationCopy {
    summary_name: super::join::JOIN.label_name,
    summary_email: super::join::JOIN.label_email,
    summary_province: "Province ou territoire",
    summary_member_type: "Votre profil",
    summary_country: super::join::JOIN.label_country,
    summary_specialty: super::join::JOIN.label_specialty,
    summary_stage: super::join::JOIN.label_stage,
    summary_message: "Message",
    summary_consent_privacy: "Consentement à l’utilisation des renseignements",
    summary_consent_updates: "Nouvelles par courriel",
    name_missing: "Entrez votre nom complet.",
    name_invisible: "Ne contient que des espaces ou des caractères invisibles; tapez votre nom \
                     en lettres visibles.",
    email_missing: "Entrez votre adresse courriel.",
    email_format: "Entrez une adresse courriel comme nom@example.org.",
    province_choice: "Choisissez votre province ou territoire, ou « À l’extérieur du Canada ».",
    member_type_choice: "Choisissez la description qui vous convient le mieux.",
    stage_choice: "Choisissez une étape dans la liste, ou laissez le champ vide.",
    consent_required: "Cochez la case pour accepter que l’ITPO conserve vos renseignements afin \
                       de communiquer avec vous au sujet de votre adhésion.",
    email_too_long: |max| format!("Au plus {max} caractères."),
    too_long: |max, len| format!("Au plus {max} caractères; ce champ en compte {len}."),
    control_characters: "Ce champ contient des caractères de contrôle invisibles; retapez son \
                         contenu.",
    hidden_characters: "Ce champ contient des caractères cachés qui changent l’affichage du \
                        texte (inversions de direction ou séparateurs de ligne); retapez son \
                        contenu.",
    summary_separator: "\u{a0}: ",
    summary_lowercase: true,
};
