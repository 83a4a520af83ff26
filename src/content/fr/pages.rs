//! Copie française de chaque page (French copy for each routed page).
//! Written by the team; to be reviewed by a francophone member before launch.

use crate::content::pages::{PageMeta, PagesCopy};

pub const PAGES: PagesCopy = PagesCopy {
    home: PageMeta {
        title: "Une voix unie pour les médecins formés à l’étranger",
        heading: "Une voix unie pour les médecins formés à l’étranger",
        description: "L’ITPO, organisme sans but lucratif bénévole dirigé par des médecins, \
                      donne aux médecins formés à l’étranger au Canada une voix unie et du \
                      soutien à chaque étape de l’obtention du permis d’exercice.",
        nav_label: "Accueil",
    },
    story: PageMeta {
        title: "Notre histoire",
        heading: "Notre histoire",
        description: "Pourquoi l’ITPO existe : le parcours difficile vers la pratique des \
                      médecins formés à l’étranger et des diplômés internationaux en médecine au \
                      Canada, et la voix unie que nous voulons leur donner.",
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
        description: "Les médecins bénévoles qui dirigent l’ITPO, l’association des médecins \
                      formés à l’étranger de l’Ontario.",
        nav_label: "Conseil",
    },
    directors_intro: "L’ITPO est dirigé par des médecins et animé par des bénévoles. Son conseil \
         d’administration parle au nom des médecins formés à l’étranger et des diplômées et \
         diplômés internationaux en médecine, et travaille à ce que leur voix compte dans les \
         décisions qui les touchent.",
    directors_none: "Les profils des membres de notre conseil seront publiés ici.",
    join: PageMeta {
        title: "Adhérer à l’ITPO",
        heading: "Joignez-vous à nous",
        description: "Adhérez à l’ITPO : pour les médecins nouvellement immigrés, les nouvelles \
                      diplômées et nouveaux diplômés internationaux en médecine et les médecins \
                      DIM en exercice au Canada.",
        nav_label: "Adhérer",
    },
    join_who_heading: "Qui peut adhérer",
    join_who: &[
        "Les médecins nouvellement immigrés au Canada qui ont de l’expérience",
        "Les nouvelles diplômées et nouveaux diplômés internationaux en médecine au Canada",
        "Les médecins DIM en exercice",
    ],
    join_why_heading: "Pourquoi adhérer",
    join_why: &[
        "Nous voulons vous aider à réaliser pleinement votre potentiel. Ensemble, nous donnons \
         aux médecins formés à l’étranger une voix unie, entendue là où se décident les enjeux et \
         les politiques qui les touchent, ces médecins comme l’ensemble de la population \
         canadienne.",
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
        description: "Comment ce site est conçu et vérifié pour être utilisable par tous, ses \
                      limites connues et comment signaler un obstacle à l’ITPO.",
        nav_label: "Accessibilité",
    },
    resources: PageMeta {
        title: "Par où commencer",
        heading: "Par où commencer",
        description: "Les organismes officiels auxquels s’adresse un médecin formé à l’étranger \
                      en Ontario, le rôle de chacun et les liens vers leurs propres sites.",
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
        title: "Merci de votre adhésion",
        heading: "Merci de votre adhésion",
        description: "Votre demande d’adhésion est bien parvenue à l’ITPO : la suite, et comment \
                      retirer votre consentement aux nouvelles.",
        nav_label: "Merci",
    },
    join_thanks_next: "Si vous avez accepté de recevoir des nouvelles de l’ITPO, vous pouvez \
                       retirer ce consentement en tout temps.",
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
