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
  invitationHeading: 'Aktivirajte nalog',
  invitationIntro: 'Izaberite lozinku za svoj nalog na portalu AT mreže. Najmanje 12 znakova; izbegavajte česte lozinke.',
  resetHeading: 'Nova lozinka',
  resetIntro: 'Izaberite novu lozinku. Posle promene sve ranije prijave prestaju da važe.',
  passwordLabel: 'Lozinka',
  confirmLabel: 'Ponovite lozinku',
  submit: 'Sačuvaj lozinku',
  passwordsDiffer: 'Lozinke se ne poklapaju.',
  linkMissing: 'Veza nije potpuna: otvorite je ponovo iz e-poruke.',
  passwordSet: 'Lozinka je sačuvana. Sada se možete prijaviti.',
  PASSWORD_TOO_SHORT: 'Lozinka mora imati najmanje 12 znakova.',
  PASSWORD_TOO_LONG: 'Lozinka može imati najviše 128 znakova.',
  PASSWORD_COMMON: 'Ovo je jedna od najčešćih lozinki; izaberite drugu.',
  LINK_INVALID: 'Veza nije ispravna, već je iskorišćena ili je istekla. Zatražite novu.',
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
  invitationHeading: 'Activate your account',
  invitationIntro: 'Choose a password for your account on the AT network portal. At least 12 characters; avoid common passwords.',
  resetHeading: 'New password',
  resetIntro: 'Choose a new password. Once it is changed, all earlier sign-ins stop working.',
  passwordLabel: 'Password',
  confirmLabel: 'Repeat the password',
  submit: 'Save the password',
  passwordsDiffer: 'The passwords do not match.',
  linkMissing: 'The link is incomplete: open it again from the e-mail.',
  passwordSet: 'Your password is saved. You can sign in now.',
  PASSWORD_TOO_SHORT: 'The password must be at least 12 characters long.',
  PASSWORD_TOO_LONG: 'The password can be at most 128 characters long.',
  PASSWORD_COMMON: 'This is one of the most common passwords; choose another.',
  LINK_INVALID: 'The link is invalid, already used or expired. Ask for a new one.',
};

export type Messages = typeof sr;

export const MESSAGES: Record<Language, Messages> = { [Language.SR]: sr, [Language.EN]: en };
