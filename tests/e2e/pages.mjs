// What each page must show: its path, nav label, title, heading and some of its text;
// the English edition, then the French one (same order, so EN_PAGES[i] and FR_PAGES[i] are twins).
export const EN_PAGES = [
  { path: '/', nav: 'Home', title: 'Internationally Trained Physicians of Ontario | ITPO',
    h1: 'Internationally Trained Physicians of Ontario', text: ['Fortissimi Una', 'Stronger Together', 'unified voice'] },
  { path: '/story/', nav: 'Our Story', title: 'Our Story | ITPO', h1: 'Our Story',
    text: ['We value the diversity of experiences', 'Practice Ready Assessment program'] },
  { path: '/mission/', nav: 'Mission', title: 'Our Mission | ITPO', h1: 'Our Mission',
    text: ['ITPO aspires to provide', 'Our aims', 'at every stage of licensure'] },
  { path: '/directors/', nav: 'Directors', title: 'Directors of ITPO | ITPO', h1: 'Directors of ITPO',
    text: ['Fortissimi Una', 'speaks for internationally trained physicians'] },
  { path: '/resources/', nav: 'Where to Start', title: 'Where to Start | ITPO', h1: 'Where to Start',
    text: ['Rules change', 'Medical Council of Canada (MCC)', 'HealthForceOntario Access Centre', 'Requirements, fees and deadlines change'] },
  { path: '/join/', nav: 'Join', title: 'Join ITPO | ITPO', h1: 'Join our community',
    text: ['Who can join', 'New international medical graduates in Canada', 'Practising IMG physicians'] },
  { path: '/accessibility/', nav: null, title: 'Accessibility | ITPO', h1: 'Accessibility',
    text: ['WCAG) 2.0 at level AA', 'WCAG 2.1 at level AA', 'How it is tested', 'Known limits', 'This version of the site does not give a contact address for reporting barriers yet.'] },
  { path: '/privacy/', nav: null, title: 'Privacy | ITPO', h1: 'Privacy',
    text: ['What we collect', 'How long it is kept', 'How to withdraw'] },
  // Where a plain HTML send of the join form comes back to: linked from nowhere, not indexed.
  { path: '/join/thanks/', nav: null, unlisted: true, title: 'Thank you for your membership request | ITPO', h1: 'Thank you for your membership request',
    text: ['We have received your membership request', 'withdraw that consent at any time'] },
];

export const FR_PAGES = [
  { path: '/fr/', nav: 'Accueil', title: 'Une voix unie pour les médecins formés à l’étranger | ITPO',
    h1: 'Une voix unie pour les médecins formés à l’étranger', text: ['Fortissimi Una', 'Plus forts ensemble', 'voix unie'] },
  { path: '/fr/notre-histoire/', nav: 'Notre histoire', title: 'Notre histoire | ITPO', h1: 'Notre histoire',
    text: ['Nous apprécions la diversité des expériences', 'évaluation de la capacité à exercer (ECE)'] },
  { path: '/fr/mission/', nav: 'Mission', title: 'Notre mission | ITPO', h1: 'Notre mission',
    text: ['L’ITPO aspire à offrir', 'Nos objectifs', 'à chaque étape de l’obtention du permis d’exercice'] },
  { path: '/fr/conseil/', nav: 'Conseil', title: 'Conseil d’administration de l’ITPO | ITPO', h1: 'Conseil d’administration de l’ITPO',
    text: ['Fortissimi Una', 'parle au nom des médecins formés à l’étranger'] },
  { path: '/fr/par-ou-commencer/', nav: 'Par où commencer', title: 'Par où commencer | ITPO', h1: 'Par où commencer',
    text: ['Les règles changent', 'Conseil médical du Canada (CMC)', 'Conseils gratuits, séances d’information', 'Les exigences, les frais et les échéances changent'] },
  { path: '/fr/adhesion/', nav: 'Adhérer', title: 'Adhérer à l’ITPO | ITPO', h1: 'Joignez-vous à nous',
    text: ['Qui peut adhérer', 'Les nouvelles diplômées et nouveaux diplômés internationaux en médecine au Canada', 'Les médecins DIM en exercice'] },
  { path: '/fr/accessibilite/', nav: null, title: 'Accessibilité | ITPO', h1: 'Accessibilité',
    text: ['(WCAG) 2.0, niveau AA', 'WCAG 2.1, niveau AA', 'Comment le site est vérifié', 'Limites connues', 'Cette version du site ne donne pas encore d’adresse pour signaler les obstacles.'] },
  { path: '/fr/confidentialite/', nav: null, title: 'Confidentialité | ITPO', h1: 'Confidentialité',
    text: ['Ce que nous recueillons', 'Durée de conservation', 'Retirer votre consentement'] },
  { path: '/fr/adhesion/merci/', nav: null, unlisted: true, title: 'Merci de votre demande d’adhésion | ITPO', h1: 'Merci de votre demande d’adhésion',
    text: ['Nous avons bien reçu votre demande d’adhésion', 'retirer ce consentement en tout temps'] },
];

/** Every page of both editions. */
export const PAGES = [...EN_PAGES, ...FR_PAGES];

/** The edition a page's path belongs to, as its <html lang> says it. */
export const langOf = (path) => (path.startsWith('/fr/') ? 'fr-CA' : 'en-CA');
