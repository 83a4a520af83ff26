//! Copie française de chaque page (French copy for each routed page).
//! Written by the team; to be reviewed by a francophone member before launch.

use crate::content::pages::{PageMeta, PagesCopy};

pub const PAGES: PagesCopy = PagesCopy {
    home: PageMeta {
        title: "Une voix unie pour les médecins formés à l’étranger",
        heading: "Une voix unie pour les médecins formés à l’étranger",
        description: "L’ITPO est un organisme sans but lucratif qui représente les médecins \
                      formés à l’étranger et les diplômées et diplômés internationaux en \
                      médecine au Canada, et les soutient à chaque étape de l’obtention du \
                      permis d’exercice.",
        nav_label: "Accueil",
    },
    story: PageMeta {
        title: "Notre histoire",
        heading: "Notre histoire",
        description: "Pourquoi l’ITPO existe : le parcours difficile vers l’exercice de la \
                      médecine au Canada pour les médecins formés à l’étranger et les diplômées \
                      et diplômés internationaux en médecine, et la voix unie que nous voulons \
                      leur donner.",
        nav_label: "Notre histoire",
    },
    mission: PageMeta {
        title: "Notre mission",
        heading: "Notre mission",
        description: "L’aspiration et les objectifs de l’ITPO : la représentation, un soutien \
                      concret à chaque étape de l’obtention du permis d’exercice et la pleine \
                      contribution des médecins formés à l’étranger aux soins de santé au Canada.",
        nav_label: "Mission",
    },
    directors: PageMeta {
        title: "Conseil d’administration de l’ITPO",
        heading: "Conseil d’administration de l’ITPO",
        description: "Les membres du conseil d’administration de l’ITPO.",
        nav_label: "Conseil",
    },
    directors_intro: "L’ITPO parle au nom des médecins formés à l’étranger et des diplômées et \
                      diplômés internationaux en médecine, et travaille à ce que leur voix \
                      compte dans les décisions qui les touchent.",
    directors_none: "Les profils des membres de notre conseil seront publiés ici.",
    join: PageMeta {
        title: "Adhérer à l’ITPO",
        heading: "Joignez-vous à nous",
        description: "Adhérez à l’ITPO : pour les médecins qui ont récemment immigré au Canada, \
                      les nouvelles diplômées et nouveaux diplômés internationaux en médecine et \
                      les médecins DIM en exercice au Canada.",
        nav_label: "Adhérer",
    },
    join_who_heading: "Qui peut adhérer",
    join_who: &[
        "Les médecins qui ont récemment immigré au Canada et qui ont déjà exercé",
        "Les nouvelles diplômées et nouveaux diplômés internationaux en médecine au Canada",
        "Les médecins DIM en exercice",
    ],
    join_why_heading: "Pourquoi adhérer",
    join_why: &[
        "Nous voulons vous aider à réaliser pleinement votre potentiel. Ensemble, nous donnons \
         aux médecins formés à l’étranger une voix unie, entendue là où se prennent les \
         décisions sur les enjeux et les politiques qui les touchent, ces médecins comme \
         l’ensemble de la population canadienne.",
    ],
    privacy: PageMeta {
        title: "Confidentialité",
        heading: "Confidentialité",
        description: "Ce que l’ITPO recueille au moyen de son formulaire d’adhésion, pourquoi, où \
                      ces renseignements sont traités, combien de temps ils sont conservés et \
                      comment retirer votre consentement.",
        nav_label: "Confidentialité",
    },
    accessibility: PageMeta {
        title: "Accessibilité",
        heading: "Accessibilité",
        description: "Comment ce site est conçu et vérifié pour être utilisable par tout le \
                      monde, ses limites connues et comment signaler un obstacle à l’ITPO.",
        nav_label: "Accessibilité",
    },
    resources: PageMeta {
        title: "Par où commencer",
        heading: "Par où commencer",
        description: "Les organismes officiels auxquels s’adressent les médecins formés à \
                      l’étranger en Ontario pendant leurs démarches d’obtention du permis \
                      d’exercice, le rôle de chacun et les liens vers leurs propres sites.",
        nav_label: "Par où commencer",
    },
    work: PageMeta {
        title: "Nos activités",
        heading: "Nos activités",
        description: "Nouvelles, déclarations et événements de l’ITPO, du plus récent au plus \
                      ancien.",
        nav_label: "Nos activités",
    },
    join_thanks: PageMeta {
        title: "Merci de votre demande d’adhésion",
        heading: "Merci de votre demande d’adhésion",
        description: "Votre demande d’adhésion est bien parvenue à l’ITPO : la suite, et comment \
                      retirer votre consentement à recevoir des nouvelles.",
        nav_label: "Merci",
    },
    join_thanks_next: "Si vous avez accepté de recevoir des nouvelles de l’ITPO, vous pouvez \
                       retirer ce consentement en tout temps : chaque courriel de nouvelles \
                       contient un lien de désabonnement, et l’avis de confidentialité indique \
                       comment joindre l’ITPO.",
    join_thanks_home: "Retour à l’accueil",
    not_found: PageMeta {
        title: "Page introuvable",
        heading: "Page introuvable",
        description: "Cette page n’existe pas sur le site de l’ITPO.",
        nav_label: "Page introuvable",
    },
    not_found_text: "Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou le \
                     lien contient peut-être une erreur.",
    not_found_links: "Vous cherchez peut-être l’une de ces pages :",
};
