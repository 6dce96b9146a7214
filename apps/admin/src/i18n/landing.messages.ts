/** Texts of the public landing page: where to call for help. */
const sr = {
  helpHeading: 'Pomoć i informacije',
  helpIntro: 'Ako sumnjate da je neko žrtva trgovine ljudima, ili vam je ponuda za posao u inostranstvu sumnjiva, pozovite:',
  helpSosName: 'ASTRA SOS telefon',
  helpSosWhat: 'Jedina SOS linija u Srbiji specijalizovana za trgovinu ljudima, dostupna 0–24: saveti o bezbednom radu i studiranju u inostranstvu i proveri poslodavaca i ugovora, i pomoć žrtvama i njihovim bližnjima.',
  helpFreeName: 'Besplatan poziv iz Srbije',
  helpFreeWhat: 'Isti SOS telefon, bez troškova poziva za pozivaoce iz Srbije.',
  helpMissingName: 'Nestala deca',
  helpMissingWhat: 'Evropski broj za nestalu decu, koji je ASTRA uvela u Srbiji 2012. godine: kada nestane dete, i za pomoć deci i porodicama.',
  helpMail: 'E-pošta',
  helpSignIn: 'Koordinatorke i administratorke organizacija se ovde prijavljuju na portal.',
};

const en: typeof sr = {
  helpHeading: 'Help and information',
  helpIntro: 'If you think someone may be a victim of human trafficking, or a job offer abroad looks suspicious, call:',
  helpSosName: 'ASTRA SOS hotline',
  helpSosWhat: 'The only SOS hotline in Serbia specialized in human trafficking, open 24/7: advice on safe work and study abroad and on checking employers and contracts, and help for victims and their close ones.',
  helpFreeName: 'Free call from Serbia',
  helpFreeWhat: 'The same SOS hotline, free of charge for callers from Serbia.',
  helpMissingName: 'Missing children',
  helpMissingWhat: 'The European hotline for missing children, which ASTRA introduced in Serbia in 2012: when a child goes missing, and for help to children and families.',
  helpMail: 'E-mail',
  helpSignIn: "Coordinators and organizations' admins sign in to the portal here.",
};

export const landingMessages = { sr, en };
