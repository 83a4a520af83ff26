//! Le formulaire d’adhésion en français. Option values are the English
//! edition's (the endpoint sees `ON` in both); provinces are listed in
//! French alphabetical order.

use crate::content::join::JoinCopy;

pub const JOIN: JoinCopy = JoinCopy {
    provinces: &[
        ("AB", "Alberta"),
        ("BC", "Colombie-Britannique"),
        ("PE", "Île-du-Prince-Édouard"),
        ("MB", "Manitoba"),
        ("NB", "Nouveau-Brunswick"),
        ("NS", "Nouvelle-Écosse"),
        ("NU", "Nunavut"),
        ("ON", "Ontario"),
        ("QC", "Québec"),
        ("SK", "Saskatchewan"),
        ("NL", "Terre-Neuve-et-Labrador"),
        ("NT", "Territoires du Nord-Ouest"),
        ("YT", "Yukon"),
        ("outside-canada", "À l’extérieur du Canada"),
    ],
    member_types: &[
        (
            "newly-immigrated-physician",
            "Médecin récemment immigré(e) ayant déjà exercé",
        ),
        (
            "new-img",
            "Nouvelle diplômée ou nouveau diplômé international en médecine",
        ),
        ("practising-img", "Médecin DIM en exercice"),
    ],
    licensure_stages: &[
        ("mccqe1", "Préparation à l’EACMC, partie I"),
        ("nac", "Examen de la CNE"),
        ("applying-residency", "Candidature en résidence (jumelage)"),
        ("in-residency", "En résidence (formation postdoctorale)"),
        ("pra", "Évaluation de la capacité à exercer (ECE)"),
        (
            "licensed",
            "Titulaire d’un permis d’exercice et en pratique",
        ),
        ("other", "Autre"),
    ],
    form_heading: "Formulaire d’adhésion",
    form_intro: "Les champs marqués « obligatoire » doivent être remplis. Si votre navigateur le \
                 permet, vos réponses sont enregistrées sur cet appareil à mesure que vous \
                 tapez : rien n’est perdu si la connexion est coupée.",
    label_name: "Nom complet",
    label_email: "Adresse courriel",
    label_province: "Province ou territoire où vous habitez",
    label_member_type: "Qu’est-ce qui vous décrit le mieux?",
    label_country: "Pays où vous avez fait vos études de médecine",
    label_specialty: "Spécialité",
    label_stage: "Étape de l’obtention du permis d’exercice",
    label_message: "Ce que vous aimeriez nous dire",
    required: "obligatoire",
    optional: "facultatif",
    choose: "Choisir…",
    hint_name: "Le nom à utiliser pour s’adresser à vous, dans l’alphabet ou l’écriture de votre \
                choix.",
    hint_message: "Jusqu’à 2000 caractères.",
    consent_privacy_before: "J’accepte que l’ITPO conserve et utilise ces renseignements pour \
                             communiquer avec moi au sujet de mon adhésion, comme le décrit l’",
    consent_privacy_link: "avis de confidentialité",
    consent_privacy_after: ".",
    consent_updates_before: "Oui, l’",
    consent_updates_after: " (ITPO) peut m’envoyer des nouvelles par courriel. Je peux retirer \
                            ce consentement en tout temps en écrivant à l’ITPO à l’adresse ",
    consent_updates_by_mail: " ou par la poste au ",
    consent_updates_end: ", ou au moyen du lien présent dans chaque courriel de nouvelles.",
    submit: "Envoyer ma demande d’adhésion",
    submitting: "Envoi en cours…",
    retry: "Réessayer l’envoi",
    summary_one: "Votre formulaire contient une erreur",
    summary_many: |n| format!("Votre formulaire contient {n} erreurs"),
    thank_you_heading: "Merci de votre demande d’adhésion",
    thank_you: "Nous avons bien reçu votre demande d’adhésion et nous vous écrirons par \
                courriel.",
    send_another: "Remplir le formulaire de nouveau",
    kept: "Vos réponses sont toujours dans le formulaire; rien n’a été perdu.",
    fail_network: "Nous n’avons pas pu joindre le service d’adhésion. Vérifiez votre connexion \
                   et réessayez.",
    fail_timeout: "Le service d’adhésion a mis trop de temps à répondre. Réessayez dans un \
                   moment.",
    fail_status: |status| {
        format!("Le service d’adhésion n’a pas pu accepter votre demande (erreur {status}).")
    },
    fail_refused: "Le service d’adhésion n’a pas accepté votre demande.",
    fail_fields: "Le service d’adhésion a relevé des problèmes dans certaines réponses; ils sont \
                  indiqués ci-dessous.",
    unavailable_heading: "Le formulaire ne peut pas être envoyé pour le moment",
    unavailable: "Le formulaire d’adhésion n’est pas configuré sur cette version du site : il ne \
                  peut donc pas envoyer vos réponses maintenant. Ce que vous tapez reste \
                  enregistré sur cet appareil; vous pourrez revenir l’envoyer plus tard.",
    contact_lead: "Des questions sur l’adhésion? Écrivez à l’ITPO à l’adresse",
    contact_none: "Cette version du site ne donne pas encore d’adresse pour joindre l’ITPO.",
    unavailable_contact: "Vous pouvez aussi écrire à l’ITPO à l’adresse",
    loading_config: "Préparation du formulaire…",
    loading_config_retry: "Réessayez dans un moment.",
};
