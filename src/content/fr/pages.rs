//! Copie française de chaque page (French copy for each routed page).
//! Written by the team; to be reviewed by a francophone member before launch.

use crate::content::pages::{PageMeta, PagesCopy};

pub const PAGES: PagesCopy = PagesCopy {
    home: PageMeta {
        title: "Une voix unie pour les médecins formés à l’étranger",
        heading: "Une voix unie pour les médecins formés à l’étranger",
        description: "L’ITPO, organisme sans but lucratif bénévole dirigé par des médecins, \
                      donne aux médecins formés à l’étranger au Canada une voix unie et du \
                      soutien à chaque étape du permis d’exercice.",
        nav_label: "Accueil",
    },
    home_intro: &[
        "Nous savons combien le parcours est difficile pour les diplômés internationaux en \
         médecine (DIM) et les médecins formés à l’étranger (MFE) au Canada, et nous apprécions la \
         diversité d’expérience qu’ils apportent.",
        "Nous voulons offrir une voix unie qui vous aide à atteindre vos objectifs et vous donne \
         une place à la table sur les enjeux et les politiques qui vous touchent, vous et \
         l’ensemble de la population canadienne.",
    ],
    story: PageMeta {
        title: "Notre histoire",
        heading: "Notre histoire",
        description: "Pourquoi l’ITPO existe : le parcours difficile vers la pratique des \
                      médecins formés à l’étranger et des diplômés internationaux en médecine au \
                      Canada, et la voix unie que nous voulons leur donner.",
        nav_label: "Notre histoire",
    },
    story_text: &[
        "À l’ITPO, nous savons combien le parcours est difficile pour les diplômés internationaux \
         en médecine comme pour les médecins formés à l’étranger au Canada. Nous apprécions la \
         diversité des expériences que les médecins formés à l’étranger (MFE) apportent. Nous \
         croyons qu’ils peuvent enrichir le système de santé canadien et améliorer l’expérience \
         des soins pour les patients canadiens issus de communautés et de cultures diverses.",
        "Si vous êtes un médecin nouvellement immigré au Canada avec de l’expérience, un nouveau \
         diplômé international en médecine au Canada ou un médecin DIM en exercice, nous voulons \
         vous aider à réaliser pleinement votre potentiel.",
        "Qu’il s’agisse de faire instaurer en Ontario un programme d’évaluation de l’aptitude à \
         exercer (pour les MFE) ou de faire entendre vos préoccupations par les personnes en \
         position d’influence, nous voulons offrir une voix unie qui vous aide à atteindre vos \
         objectifs et à avoir une place à la table sur les enjeux et les politiques qui vous \
         touchent, vous et l’ensemble de la population canadienne.",
    ],
    mission: PageMeta {
        title: "Notre mission",
        heading: "Notre mission",
        description: "L’aspiration et les objectifs de l’ITPO : la représentation, un soutien \
                      concret à chaque étape du permis d’exercice et la pleine contribution des \
                      médecins formés à l’étranger aux soins de santé au Canada.",
        nav_label: "Mission",
    },
    mission_aspiration: "L’ITPO aspire à offrir aux médecins formés à l’étranger (MFE) et aux \
         diplômés internationaux en médecine (DIM) la possibilité d’apporter une contribution \
         entière au système de santé canadien. Conformément aux principes canadiens d’équité, de \
         diversité et d’inclusion, nous nous efforçons de mettre à profit les compétences et \
         l’expertise des MFE afin que toute la population canadienne ait accès à des soins \
         médicaux de haut niveau, où qu’elle vive.",
    mission_aims_heading: "Nos objectifs",
    mission_aims: &[
        "L’ITPO est un organisme sans but lucratif officiellement constitué pour représenter les \
         DIM.",
        "Proposer des moyens novateurs de faciliter l’intégration des MFE et des DIM au système \
         de santé, à la mesure de leur expertise et conformément aux normes médicales \
         canadiennes.",
        "Être représentés à la table des principaux intervenants : gouvernements fédéral, \
         provinciaux et locaux, organismes médicaux, grand public et médias nationaux et \
         internationaux.",
        "Offrir un soutien concret aux MFE et aux DIM à chaque étape du permis d’exercice, y \
         compris aux personnes récemment diplômées en médecine et aux médecins nouvellement \
         arrivés, afin de trouver des solutions qui facilitent l’obtention du permis.",
        "Soutenir les médecins formés à l’étranger qui sont en formation ou qui exercent déjà \
         dans le système de santé canadien.",
    ],
    directors: PageMeta {
        title: "Conseil d’administration de l’ITPO",
        heading: "Conseil d’administration de l’ITPO",
        description: "Les médecins bénévoles qui dirigent l’ITPO, l’association des médecins \
                      formés à l’étranger de l’Ontario.",
        nav_label: "Conseil",
    },
    directors_intro: "L’ITPO est dirigé par des médecins et animé par des bénévoles. Son conseil \
         d’administration parle au nom des médecins formés à l’étranger et des diplômés \
         internationaux en médecine, et travaille à leur donner une place à la table.",
    directors_none: "Les profils des membres de notre conseil seront publiés ici.",
    join: PageMeta {
        title: "Adhérer à l’ITPO",
        heading: "Joignez-vous à nous",
        description: "Adhérez à l’ITPO : pour les médecins nouvellement immigrés, les nouveaux \
                      diplômés internationaux en médecine et les médecins DIM en exercice au \
                      Canada.",
        nav_label: "Adhérer",
    },
    join_who_heading: "Qui peut adhérer",
    join_who: &[
        "Les médecins nouvellement immigrés au Canada qui ont de l’expérience",
        "Les nouveaux diplômés internationaux en médecine au Canada",
        "Les médecins DIM en exercice",
    ],
    join_why_heading: "Pourquoi adhérer",
    join_why: &[
        "Nous voulons vous aider à réaliser pleinement votre potentiel. Ensemble, nous donnons \
         aux médecins formés à l’étranger une voix unie et une place à la table sur les enjeux et \
         les politiques qui les touchent, eux et l’ensemble de la population canadienne.",
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
