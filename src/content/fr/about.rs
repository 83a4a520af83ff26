//! French copy of the pages about ITPO (home, story, mission). Used at
//! build time only (their pages are built pages).

use crate::content::about::AboutCopy;

pub const ABOUT: AboutCopy = AboutCopy {
    home: &[
        "Nous savons combien le parcours est difficile pour les diplômés internationaux en \
         médecine (DIM) et les médecins formés à l’étranger (MFE) au Canada, et nous apprécions la \
         diversité d’expérience qu’ils apportent.",
        "Nous voulons offrir une voix unie qui vous aide à atteindre vos objectifs et vous donne \
         une place à la table sur les enjeux et les politiques qui vous touchent, vous et \
         l’ensemble de la population canadienne.",
    ],
    story: &[
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
};
