// What each page must show: its path, nav label, title, heading and some of its text.
export const PAGES = [
  { path: '/', nav: 'Home', title: 'Internationally Trained Physicians of Ontario | ITPO',
    h1: 'Internationally Trained Physicians of Ontario', text: ['Fortissimi Una', 'Stronger Together', 'unified voice'] },
  { path: '/story/', nav: 'Our Story', title: 'Our Story | ITPO', h1: 'Our Story',
    text: ['We value the diversity of experiences', 'Practice Ready Assessment program'] },
  { path: '/mission/', nav: 'Mission', title: 'Our Mission | ITPO', h1: 'Our Mission',
    text: ['ITPO aspires to provide', 'Our aims', 'at every stage of licensure'] },
  { path: '/directors/', nav: 'Directors', title: 'Directors of ITPO | ITPO', h1: 'Directors of ITPO',
    text: ['Fortissimi Una', 'physician-led'] },
  { path: '/resources/', nav: 'Where to Start', title: 'Where to Start | ITPO', h1: 'Where to start',
    text: ['Rules change', 'Medical Council of Canada (MCC)', 'HealthForceOntario Access Centre', 'Requirements, fees and deadlines change'] },
  { path: '/join/', nav: 'Join', title: 'Join ITPO | ITPO', h1: 'Join our community',
    text: ['Who can join', 'New international medical graduates in Canada', 'Practising IMG physicians'] },
  { path: '/accessibility/', nav: null, title: 'Accessibility | ITPO', h1: 'Accessibility',
    text: ['WCAG) 2.1 at level AA', 'How it is tested', 'Known limits', 'A contact address for reporting barriers will be published here.'] },
  { path: '/privacy/', nav: null, title: 'Privacy | ITPO', h1: 'Privacy',
    text: ['What we collect', 'How long it is kept', 'How to withdraw'] },
];
