import { ActivityType } from '@app/activities';
import { Language } from '@app/common';

/** Every text of the public network page, in Serbian (Latin script) and English. */
export interface NetworkPageMessages {
  htmlTitle: string;
  brand: string;
  otherLanguage: string;
  heading: string;
  intro: string;
  helpHeading: string;
  sosLabel: string;
  sosNote: string;
  freeLabel: string;
  freeNote: string;
  missingLabel: string;
  missingNote: string;
  mailLabel: string;
  membersHeading: string;
  membersIntro: string;
  mapTitle: string;
  mapDescription: (towns: string[]) => string;
  website: string;
  throughSos: string;
  workHeading: string;
  workIntro: string;
  year: (year: number) => string;
  yearTotal: string;
  fewerThan: string;
  byTown: string;
  byType: string;
  town: string;
  type: string;
  activities: string;
  noWork: string;
  eventsHeading: string;
  eventsIntro: string;
  online: string;
  noEvents: string;
  footer: string;
  types: Record<ActivityType, string>;
}

export const NETWORK_PAGE_MESSAGES: Record<Language, NetworkPageMessages> = {
  [Language.SR]: {
    htmlTitle: 'Antitrafiking mreža – organizacije, SOS linije i prevencija',
    brand: 'AT mreža',
    otherLanguage: 'English',
    heading: 'Antitrafiking mreža',
    intro:
      'Osam organizacija civilnog društva iz Srbije, uz koordinaciju ASTRE, sprečava trgovinu ljudima u svojim sredinama: radionice za mlade, obuke za stručnjake, tribine, okrugli stolovi i kampanje. Obratite im se – za informacije, saradnju ili pomoć.',
    helpHeading: 'Pomoć i informacije',
    sosLabel: 'ASTRA SOS telefon',
    sosNote: '0–24, jedina SOS linija u Srbiji specijalizovana za trgovinu ljudima',
    freeLabel: 'Besplatan poziv iz Srbije',
    freeNote: 'ASTRA SOS linija, besplatno sa svih mreža u Srbiji',
    missingLabel: 'Nestala deca',
    missingNote: 'evropski broj za nestalu decu, u Srbiji ga vodi ASTRA',
    mailLabel: 'E-pošta',
    membersHeading: 'Članice mreže',
    membersIntro: 'Organizacije i mesta u kojima rade:',
    mapTitle: 'Mapa Srbije sa mestima članica Antitrafiking mreže',
    mapDescription: (towns) => `Članice mreže rade u ovim mestima: ${towns.join(', ')}.`,
    website: 'Veb-sajt',
    throughSos: 'Kontakt preko ASTRA SOS telefona',
    workHeading: 'Prevencija u brojevima',
    workIntro:
      'Odobrene aktivnosti prevencije članica mreže, po godini početka, mestu organizacije koja ih je vodila i vrsti – isto kako ih broji izveštaj o napretku strateškog plana. Bez imena; broj manji od pet se ne objavljuje.',
    year: (year) => `Godina ${year}`,
    yearTotal: 'Ukupno aktivnosti',
    fewerThan: 'manje od 5',
    byTown: 'Po mestu',
    byType: 'Po vrsti',
    town: 'Mesto',
    type: 'Vrsta aktivnosti',
    activities: 'Aktivnosti',
    noWork: 'Još nema odobrenih aktivnosti.',
    eventsHeading: 'Najnovije javne aktivnosti',
    eventsIntro: 'Tribine, kampanje i okrugli stolovi članica mreže.',
    online: 'onlajn',
    noEvents: 'Još nema objavljenih javnih aktivnosti.',
    footer: 'Antitrafiking mrežu koordinira ASTRA – Akcija protiv trgovine ljudima, Beograd.',
    types: {
      [ActivityType.YOUTH_WORKSHOP]: 'Radionica za mlade',
      [ActivityType.PROFESSIONAL_TRAINING]: 'Obuka za stručnjake',
      [ActivityType.ROUND_TABLE]: 'Okrugli sto',
      [ActivityType.PUBLIC_FORUM]: 'Tribina',
      [ActivityType.LECTURE]: 'Predavanje',
      [ActivityType.MEDIA_CAMPAIGN]: 'Medijska kampanja',
      [ActivityType.INFO_STAND]: 'Info štand ili ulična akcija',
      [ActivityType.OTHER]: 'Drugo',
    },
  },
  [Language.EN]: {
    htmlTitle: 'The Anti-Trafficking network – organizations, hotlines and prevention',
    brand: 'AT network',
    otherLanguage: 'Srpski',
    heading: 'The Anti-Trafficking network',
    intro:
      'Eight civil-society organizations in Serbia, coordinated by ASTRA, prevent human trafficking where they work: workshops for young people, trainings for professionals, public forums, round tables and campaigns. Contact them for information, cooperation or help.',
    helpHeading: 'Help and information',
    sosLabel: 'ASTRA SOS hotline',
    sosNote: '24/7, the only hotline in Serbia specialized in human trafficking',
    freeLabel: 'Free call from Serbia',
    freeNote: 'the ASTRA SOS hotline, free from every network in Serbia',
    missingLabel: 'Missing children',
    missingNote: 'the European hotline for missing children, run in Serbia by ASTRA',
    mailLabel: 'E-mail',
    membersHeading: 'Members of the network',
    membersIntro: 'The organizations and the towns they work in:',
    mapTitle: 'Map of Serbia with the towns of the Anti-Trafficking network’s members',
    mapDescription: (towns) => `The network’s members work in these towns: ${towns.join(', ')}.`,
    website: 'Website',
    throughSos: 'Reach them through the ASTRA SOS hotline',
    workHeading: 'Prevention in figures',
    workIntro:
      'The members’ approved prevention activities, by the year they started, the town of the organization that led them and their type – counted as the strategic plan’s progress report counts them. No names; counts under five are not published.',
    year: (year) => `${year}`,
    yearTotal: 'Activities in total',
    fewerThan: 'fewer than 5',
    byTown: 'By town',
    byType: 'By type',
    town: 'Town',
    type: 'Type of activity',
    activities: 'Activities',
    noWork: 'No approved activities yet.',
    eventsHeading: 'Latest public activities',
    eventsIntro: 'Public forums, campaigns and round tables of the network’s members.',
    online: 'online',
    noEvents: 'No public activities published yet.',
    footer: 'The Anti-Trafficking network is coordinated by ASTRA – Anti-Trafficking Action, Belgrade.',
    types: {
      [ActivityType.YOUTH_WORKSHOP]: 'Workshop for young people',
      [ActivityType.PROFESSIONAL_TRAINING]: 'Training for professionals',
      [ActivityType.ROUND_TABLE]: 'Round table',
      [ActivityType.PUBLIC_FORUM]: 'Public forum',
      [ActivityType.LECTURE]: 'Lecture',
      [ActivityType.MEDIA_CAMPAIGN]: 'Media campaign',
      [ActivityType.INFO_STAND]: 'Info stand or street action',
      [ActivityType.OTHER]: 'Other',
    },
  },
};
