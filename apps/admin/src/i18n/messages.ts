import { Language } from '@app/common';
import { activitiesMessages } from './activities.messages';
import { capacityMessages } from './capacity.messages';
import { directoryMessages } from './directory.messages';
import { meetingsMessages } from './meetings.messages';
import { landingMessages } from './landing.messages';
import { navigation } from './navigation.messages';
import { referralsMessages } from './referrals.messages';
import { strategyMessages } from './strategy.messages';

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
  navDashboard: 'Pregled',
  navReview: 'Aktivnosti na pregledu',
  navSignIn: 'Prijava',
  navSignOut: 'Odjava',
  signInHeading: 'Prijava',
  emailLabel: 'E-adresa',
  signInButton: 'Prijavi se',
  signInFailed: 'E-adresa ili lozinka nisu ispravni.',
  signInTooMany: 'Previše pokušaja. Sačekajte nekoliko minuta i pokušajte ponovo.',
  signInUseWebApp: 'Vi radite u veb-aplikaciji za članice: tamo beležite i šaljete aktivnosti. Prijavite se tamo istom lozinkom.',
  openWebApp: 'Otvori veb-aplikaciju za članice',
  dashboardHeading: 'Pregled',
  waitingForReview: 'Aktivnosti čekaju pregled',
  overdueReferrals: 'Upućivanja bez potvrde prijema posle roka',
  nothingWaiting: 'Ništa ne čeka.',
  approvedPerGoal: 'Odobrene aktivnosti po cilju i kvartalu',
  reviewHeading: 'Aktivnosti na pregledu',
  columnTitle: 'Naziv',
  columnDate: 'Datum',
  columnStatus: 'Status',
  approve: 'Odobri',
  returnWithComment: 'Vrati uz komentar',
  commentLabel: 'Komentar',
  approved: 'Aktivnost je odobrena.',
  returned: 'Aktivnost je vraćena organizaciji.',
  exportCsv: 'Izvoz (CSV, zarez: LibreOffice i drugi programi)',
  exportCsvSemicolon: 'Izvoz (CSV za Excel sa srpskim podešavanjima, tačka-zarez)',
  exportXlsx: 'Izvoz (Excel)',
  goal: 'Cilj',
  quarter: 'Kvartal',
  activitiesCount: 'Aktivnosti',
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
  navDashboard: 'Dashboard',
  navReview: 'Activities to review',
  navSignIn: 'Sign in',
  navSignOut: 'Sign out',
  signInHeading: 'Sign in',
  emailLabel: 'E-mail address',
  signInButton: 'Sign in',
  signInFailed: 'The e-mail address or the password is wrong.',
  signInTooMany: 'Too many attempts. Wait a few minutes and try again.',
  signInUseWebApp: 'You work in the members\' web app: log and submit activities there. Sign in there with the same password.',
  openWebApp: 'Open the members\' web app',
  dashboardHeading: 'Dashboard',
  waitingForReview: 'Activities waiting for review',
  overdueReferrals: 'Referrals not acknowledged in time',
  nothingWaiting: 'Nothing is waiting.',
  approvedPerGoal: 'Approved activities per goal and quarter',
  reviewHeading: 'Activities to review',
  columnTitle: 'Title',
  columnDate: 'Date',
  columnStatus: 'Status',
  approve: 'Approve',
  returnWithComment: 'Return with a comment',
  commentLabel: 'Comment',
  approved: 'The activity is approved.',
  returned: 'The activity was returned to its organization.',
  exportCsv: 'Export (CSV, comma: LibreOffice and other programs)',
  exportCsvSemicolon: 'Export (CSV for Excel with Serbian settings, semicolon)',
  exportXlsx: 'Export (Excel)',
  goal: 'Goal',
  quarter: 'Quarter',
  activitiesCount: 'Activities',
};

/**
 * Each area of the app keeps its texts in its own file (`<area>.messages.ts`, exporting
 * `{ sr, en }` with `en: typeof sr`), merged here, so two areas never edit the same lines.
 */
const AREAS = [
  { sr, en },
  navigation,
  meetingsMessages,
  capacityMessages,
  directoryMessages,
  activitiesMessages,
  strategyMessages,
  referralsMessages,
  landingMessages,
] as const;

type Area = (typeof AREAS)[number]['sr'];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type Messages = UnionToIntersection<Area>;

export const MESSAGES: Record<Language, Messages> = {
  [Language.SR]: Object.assign({}, ...AREAS.map((area) => area.sr)),
  [Language.EN]: Object.assign({}, ...AREAS.map((area) => area.en)),
};
