import { Language } from '@app/common';

/** Every text of the admin pages, in both languages; the type keeps the two in step. */
const sr = {
  htmlTitle: 'AT mreža – portal',
  heading: 'Portal Antitrafiking mreže',
  intro:
    'AT mreža okuplja osam organizacija civilnog društva iz Srbije koje, uz koordinaciju ASTRE, rade na prevenciji trgovine ljudima u svojim sredinama i sarađuju sa međunarodnim partnerskim mrežama.',
  membersHeading: 'Članice AT mreže',
  partnerNetworksHeading: 'Partnerske mreže',
  columnOrganization: 'Organizacija',
  columnCity: 'Grad',
  columnRole: 'Uloga',
  roleCOORDINATOR: 'koordinatorka',
  roleMEMBER: 'članica',
  roleASSOCIATE: 'pridružena članica',
  members: 'članova u portalu',
  switchLanguage: 'English',
  footer: 'Prijava za koordinatorke i administratorke organizacija dolazi uskoro.',
};

const en: typeof sr = {
  htmlTitle: 'AT network – portal',
  heading: 'Anti-Trafficking Network Portal',
  intro:
    'The AT network brings together eight Serbian civil-society organizations that, coordinated by ASTRA, prevent human trafficking in their towns and work with international partner networks.',
  membersHeading: 'Members of the AT network',
  partnerNetworksHeading: 'Partner networks',
  columnOrganization: 'Organization',
  columnCity: 'City',
  columnRole: 'Role',
  roleCOORDINATOR: 'coordinator',
  roleMEMBER: 'member',
  roleASSOCIATE: 'associate member',
  members: 'members in the portal',
  switchLanguage: 'Srpski',
  footer: 'Sign-in for coordinators and organization admins is coming soon.',
};

export type Messages = typeof sr;

export const MESSAGES: Record<Language, Messages> = { [Language.SR]: sr, [Language.EN]: en };
