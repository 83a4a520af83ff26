//! French copy of the pages about ITPO (home, story, mission). Used at
//! build time only (their pages are built pages).

use crate::content::about::AboutCopy;

pub const ABOUT: AboutCopy = AboutCopy {
    home: &[
        "Nous savons combien le parcours est difficile pour les diplômées et diplômés \
         internationaux en médecine (DIM) et les médecins formés à l’étranger (MFE) au Canada, et \
         nous apprécions la diversité d’expériences que ces médecins apportent.",
        "Nous voulons offrir une voix unie qui vous aide à atteindre vos objectifs et vous fasse \
         entendre là où se prennent les décisions sur les enjeux et les politiques qui vous \
         touchent, vous et l’ensemble de la population canadienne.",
    ],
    story: &[
        "À l’ITPO, nous savons combien le parcours est difficile pour les diplômées et diplômés \
         internationaux en médecine (DIM) comme pour les médecins formés à l’étranger (MFE) au \
         Canada. Nous apprécions la diversité des expériences que ces médecins apportent. Nous \
         croyons qu’ils peuvent enrichir le système de santé canadien et améliorer l’expérience \
         des soins d’une patientèle canadienne issue de communautés et de cultures diverses.",
        "Que vous soyez médecin récemment immigré ou immigrée au Canada et ayant déjà exercé, \
         nouvelle diplômée ou nouveau diplômé international en médecine au Canada, ou médecin \
         DIM en exercice, nous voulons vous aider à réaliser pleinement votre potentiel.",
        "Qu’il s’agisse de faire instaurer en Ontario un programme d’évaluation de la capacité à \
         exercer (ECE) pour les MFE ou de porter vos préoccupations auprès des décideuses et \
         décideurs, nous voulons offrir une voix unie qui vous aide à atteindre vos objectifs et \
         vous fasse entendre là où se prennent les décisions sur les enjeux et les politiques \
         qui vous touchent, vous et l’ensemble de la population canadienne.",
    ],
    mission_aspiration: "L’ITPO aspire à offrir aux médecins formés à l’étranger (MFE) et aux \
         diplômées et diplômés internationaux en médecine (DIM) la possibilité d’apporter pleinement leur \
         contribution au système de santé canadien. Conformément aux principes canadiens d’équité, de \
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
        "Faire entendre la voix des MFE et des DIM auprès des principales parties prenantes : \
         gouvernements fédéral, provinciaux et locaux, organismes médicaux, grand public et \
         médias nationaux et internationaux.",
        "Offrir un soutien concret aux MFE et aux DIM à chaque étape de l’obtention du permis \
         d’exercice, y compris aux personnes récemment diplômées en médecine et aux médecins qui \
         viennent d’arriver au Canada, pour contribuer à trouver des solutions qui facilitent \
         cette démarche.",
        "Soutenir les médecins formés à l’étranger qui sont en formation ou qui exercent déjà \
         dans le système de santé canadien.",
    ],
};
