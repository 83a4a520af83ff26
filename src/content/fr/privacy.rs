//! L’avis de confidentialité en français.

use crate::content::privacy::PrivacyCopy;

pub const PRIVACY: PrivacyCopy = PrivacyCopy {
    intro: "Cet avis explique ce que l’ITPO recueille au moyen du formulaire d’adhésion de ce \
            site, pourquoi, où ces renseignements sont traités, combien de temps ils sont \
            conservés et comment retirer votre consentement.",
    collected_heading: "Ce que nous recueillons",
    collected: &[
        "Votre nom complet et votre adresse courriel.",
        "Votre province ou territoire, ce qui vous décrit le mieux et, si vous choisissez de nous \
         le dire, le pays où vous avez été formé, votre spécialité, votre étape du permis \
         d’exercice et votre message.",
        "Si vous avez accepté qu’on communique avec vous au sujet de votre adhésion et si vous \
         souhaitez recevoir des nouvelles, avec le texte que vous avez accepté, la langue du \
         formulaire et le moment de l’envoi.",
    ],
    not_collected: "Ce site ne dépose aucun témoin (cookie), ne fait aucune mesure d’audience et \
                    ne charge rien depuis d’autres entreprises. Vos réponses sont enregistrées \
                    dans votre propre navigateur pendant que vous remplissez le formulaire, puis \
                    effacées une fois envoyées.",
    why_heading: "Pourquoi nous le recueillons",
    why: "Pour communiquer avec vous au sujet de votre adhésion à l’ITPO et pour savoir qui sont \
          nos membres. Nous n’envoyons des nouvelles par courriel que si vous avez coché la case \
          qui le demande.",
    where_heading: "Où ces renseignements sont traités",
    where_configured: "Quand vous envoyez le formulaire, vos réponses vont directement de votre \
                       navigateur au service d’adhésion à l’adresse",
    where_self: "Quand vous envoyez le formulaire, vos réponses vont directement de votre \
                 navigateur au serveur de ce site.",
    where_unconfigured: "Le service qui reçoit le formulaire est choisi par l’ITPO au moment de \
                         publier le site; aucun n’est configuré sur cette copie du site, et le \
                         formulaire n’envoie donc rien.",
    kept_heading: "Durée de conservation",
    kept: "L’ITPO ne conserve vos renseignements que le temps nécessaire pour gérer votre \
           adhésion, et les supprime quand vous retirez votre consentement.",
    withdraw_heading: "Retirer votre consentement",
    withdraw: "Vous pouvez en tout temps retirer votre consentement, ou demander à consulter, \
               corriger ou supprimer vos renseignements. Chaque courriel de nouvelles permet de \
               vous désabonner.",
    withdraw_contact: "Écrivez à l’ITPO à l’adresse",
    withdraw_no_contact: "Répondez à n’importe quel courriel de l’ITPO pour en faire la \
                          demande.",
};
