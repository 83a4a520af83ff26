//! L’avis de confidentialité en français.

use crate::content::privacy::PrivacyCopy;

pub const PRIVACY: PrivacyCopy = PrivacyCopy {
    intro: "Cet avis explique ce que l’ITPO recueille au moyen du formulaire d’adhésion de ce \
            site, pourquoi, où ces renseignements sont traités, combien de temps ils sont \
            conservés et comment retirer votre consentement.",
    collected_heading: "Ce que nous recueillons",
    collected: &[
        "Votre nom complet et votre adresse courriel.",
        "Votre province ou territoire, ce qui vous décrit le mieux et, si vous choisissez de \
         nous le dire, le pays où vous avez fait vos études de médecine, votre spécialité, \
         l’étape où vous en êtes dans l’obtention du permis d’exercice et votre message.",
        "Vos réponses aux deux cases de consentement (communications au sujet de votre adhésion, \
         nouvelles par courriel), le texte exact accepté, la langue du formulaire et l’heure de \
         l’envoi.",
    ],
    not_collected: "Ce site ne dépose aucun témoin (cookie), n’effectue aucune mesure d’audience \
                    et ne charge aucun contenu provenant d’autres entreprises. Vos réponses sont \
                    enregistrées dans votre propre navigateur pendant que vous remplissez le \
                    formulaire, puis effacées dès que le site confirme leur envoi.",
    why_heading: "Pourquoi nous le recueillons",
    why: "Pour communiquer avec vous au sujet de votre adhésion à l’ITPO et pour mieux connaître \
          nos membres. Nous ne vous envoyons de nouvelles par courriel que si vous avez coché la \
          case prévue à cet effet.",
    where_heading: "Où ces renseignements sont traités",
    where_configured: "Quand vous envoyez le formulaire, vos réponses vont directement de votre \
                       navigateur au service d’adhésion à l’adresse",
    where_service_run_by: "Ce service est exploité par ",
    where_service_another: ", une autre organisation",
    where_service_unnamed: "Ce service est un service de formulaires choisi par l’ITPO et \
                            exploité par une autre organisation",
    where_outside: ", qui peut conserver vos réponses à l’extérieur du Canada, où les lois de ce \
                    pays s’appliquent; sa propre politique de confidentialité vise ce qu’elle \
                    enregistre, comme votre adresse IP.",
    where_policy_before: "Consultez ",
    where_policy_link: "sa politique de confidentialité",
    where_self: "Quand vous envoyez le formulaire, vos réponses vont directement de votre \
                 navigateur au serveur de ce site.",
    where_unconfigured: "Le service qui reçoit le formulaire est choisi par l’ITPO au moment de \
                         publier le site; aucun n’est configuré sur cette version du site, et le \
                         formulaire n’envoie donc rien.",
    kept_heading: "Durée de conservation",
    kept: "L’ITPO n’a pas encore fixé la durée de conservation des renseignements des membres; \
           cet avis l’indiquera dès qu’elle le sera. Vous pouvez en tout temps demander à l’ITPO \
           de supprimer les vôtres. Retirer votre consentement aux nouvelles met seulement fin à \
           leur envoi.",
    withdraw_heading: "Retirer votre consentement",
    withdraw: "Vous pouvez en tout temps retirer votre consentement, ou demander à consulter, \
               corriger ou supprimer vos renseignements. Chaque courriel de nouvelles contient \
               un lien de désabonnement.",
    withdraw_contact: "Écrivez à l’ITPO à l’adresse",
    withdraw_no_contact: "Cette version du site ne donne pas encore d’adresse pour joindre \
                          l’ITPO.",
};
