import { Language } from '@app/common';
import { escapeHtml } from '@app/mail';
import { InvitationAnswer } from './meeting.enums';
import { MeetingErrorCode } from './meeting.exception';

const ANSWERS: Record<InvitationAnswer, Record<Language, string>> = {
  [InvitationAnswer.YES]: { sr: 'dolazite', en: 'you will come' },
  [InvitationAnswer.NO]: { sr: 'ne dolazite', en: 'you will not come' },
  [InvitationAnswer.MAYBE]: { sr: 'možda dolazite', en: 'you may come' },
};

const PROBLEMS: Record<string, Record<Language, [string, string]>> = {
  [MeetingErrorCode.RSVP_LINK_INVALID]: {
    sr: ['Veza nije ispravna', 'Ova veza za odgovor nije ispravna. Proverite da li je cela kopirana, ili odgovorite na portalu.'],
    en: ['The link is not valid', 'This answer link is not valid. Check that it was copied whole, or answer in the portal.'],
  },
  [MeetingErrorCode.RSVP_LINK_EXPIRED]: {
    sr: ['Veza je istekla', 'Ova veza za odgovor više ne važi. Odgovor možete dati na portalu.'],
    en: ['The link has expired', 'This answer link is no longer valid. You can answer in the portal.'],
  },
  [MeetingErrorCode.RSVP_LINK_USED]: {
    sr: ['Veza je već iskorišćena', 'Odgovor preko ove veze je već zabeležen. Da ga promenite, upotrebite drugu vezu iz poziva ili portal.'],
    en: ['The link has already been used', 'An answer was already recorded with this link. To change it, use another link from the invitation or the portal.'],
  },
  [MeetingErrorCode.MEETING_CANCELLED]: {
    sr: ['Sastanak je otkazan', 'Ovaj sastanak je otkazan, pa odgovor nije potreban.'],
    en: ['The meeting was cancelled', 'This meeting was cancelled, so no answer is needed.'],
  },
};

/** Where the answer pages' stylesheet is served: the pages' policy allows no inline style. */
export const RSVP_STYLESHEET_PATH = '/meetings/rsvp.css';

export const RSVP_STYLESHEET =
  'body{font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:36rem;margin:3rem auto;padding:0 1rem}' +
  'h1{color:#8b1e3f;font-size:1.5rem}' +
  'button{font-size:1rem;padding:.6rem 1.2rem;background:#8b1e3f;color:#fff;border:0;border-radius:4px;cursor:pointer}\n';

function page(language: Language, heading: string, body: string, link?: string, form?: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(heading)} – ${language === Language.EN ? 'AT network' : 'AT mreža'}</title>`,
    `<link rel="stylesheet" href="${RSVP_STYLESHEET_PATH}">`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(body)}</p>`,
    form ?? '',
    link ? `<p><a href="${escapeHtml(link)}">${language === Language.EN ? 'Open the meeting in the portal' : 'Otvorite sastanak na portalu'}</a></p>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The page after an answer was recorded, in the reader's language. */
export function rsvpRecordedPage(language: Language, title: string, answer: InvitationAnswer, link: string): string {
  return language === Language.EN
    ? page(language, 'Thank you, your answer is recorded', `For "${title}" we noted that ${ANSWERS[answer].en}. You can change your answer in the portal.`, link)
    : page(language, 'Hvala, vaš odgovor je zabeležen', `Za „${title}” zabeležili smo da ${ANSWERS[answer].sr}. Odgovor možete promeniti na portalu.`, link);
}

/**
 * The page an answer link opens: it asks to confirm with a button (a POST), so that opening the
 * link, which mail scanners and previews do too, records nothing.
 */
export function rsvpConfirmPage(language: Language, title: string, answer: InvitationAnswer, token: string, action: string): string {
  const button = language === Language.EN ? 'Confirm my answer' : 'Potvrdi odgovor';
  const form = `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit" id="confirm">${button}</button></form>`;
  return language === Language.EN
    ? page(language, 'Confirm your answer', `For "${title}" you are answering that ${ANSWERS[answer].en}.`, undefined, form)
    : page(language, 'Potvrdite odgovor', `Za „${title}” odgovarate da ${ANSWERS[answer].sr}.`, undefined, form);
}

/** The page for a link that recorded nothing, and why. */
export function rsvpProblemPage(language: Language, code: string): string {
  const [heading, body] = (PROBLEMS[code] ?? PROBLEMS[MeetingErrorCode.RSVP_LINK_INVALID])[language];
  return page(language, heading, body);
}
