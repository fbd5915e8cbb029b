/** Text of the demo host page itself (the elements bring their own catalogue). */
const en = {
  skip: 'Skip to main content',
  brand: 'Northshire Partners Intranet',
  nav: 'Intranet',
  navHome: 'Home',
  navSafeguarding: 'Safeguarding',
  navContacts: 'Contacts',
  crumbs: 'Safeguarding › Early help',
  packLabel: 'Rules',
  languageLabel: 'Language',
  eventsTitle: 'What the host page hears',
  eventsIntro: 'Events the element fires, as an intranet page would receive them. Nothing is sent anywhere.',
  versionNewest: (version: string) => `${version} (newest)`,
  versionDraft: (version: string) => `${version} (draft, not approved)`,
  versionReplaced: (version: string) => `${version} (replaced by a newer version)`,
  packs: {
    continuum: 'Default continuum of need (England)',
    'tower-hamlets': 'Tower Hamlets 2009 (illustrative)',
    'tri-borough': 'Tri-borough 2016 (illustrative)',
    torfaen: 'Torfaen 2018, Wales (illustrative)',
    walsall: 'Walsall 2011 (illustrative)',
    halton: 'Halton 2009 (illustrative)',
  },
};

export const strings: Readonly<Record<'en' | 'cy', typeof en>> = {
  en,
  cy: {
    skip: "Neidio i'r prif gynnwys",
    brand: 'Mewnrwyd Partneriaid Northshire',
    nav: 'Mewnrwyd',
    navHome: 'Hafan',
    navSafeguarding: 'Diogelu',
    navContacts: 'Cysylltiadau',
    crumbs: 'Diogelu › Cymorth cynnar',
    packLabel: 'Rheolau',
    languageLabel: 'Iaith',
    eventsTitle: "Beth mae'r dudalen letyol yn ei glywed",
    eventsIntro:
      "Digwyddiadau y mae'r elfen yn eu tanio, fel y byddai tudalen fewnrwyd yn eu derbyn. Nid oes dim yn cael ei anfon i unman.",
    versionNewest: (version: string) => `${version} (diweddaraf)`,
    versionDraft: (version: string) => `${version} (drafft, heb ei gymeradwyo)`,
    versionReplaced: (version: string) => `${version} (wedi'i ddisodli gan fersiwn mwy newydd)`,
    packs: {
      continuum: 'Continwwm angen diofyn (Lloegr)',
      'tower-hamlets': 'Tower Hamlets 2009 (enghreifftiol)',
      'tri-borough': 'Tair bwrdeistref 2016 (enghreifftiol)',
      torfaen: 'Torfaen 2018, Cymru (enghreifftiol)',
      walsall: 'Walsall 2011 (enghreifftiol)',
      halton: 'Halton 2009 (enghreifftiol)',
    },
  },
};
