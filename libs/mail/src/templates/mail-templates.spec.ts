import { Language } from '@app/common';
import { escapeHtml, MAIL_TEMPLATES, MailTemplateName, renderMail } from './index';

const EXPIRES = '2026-03-15T13:00:00Z';
const ICS = (method: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:${method}\r\nEND:VCALENDAR\r\n`;
const MEETING = {
  title: 'Sastanak mreže',
  startsAt: EXPIRES,
  endsAt: '2026-03-15T15:00:00Z',
  timeZone: 'Europe/Belgrade',
  place: 'Hotel Palas, Beograd',
  link: 'https://portal.example/meetings/1',
  ics: ICS('REQUEST'),
};
const PARAMS = {
  invitation: { inviterOrganization: 'ASTRA', link: 'https://portal.example/invite?t=abc', expiresAt: EXPIRES },
  'password-reset': { link: 'https://portal.example/reset?t=abc', expiresAt: EXPIRES },
  'referral-sent': { reference: 'AT-2026-000123', category: 'MISSING_CHILD', urgency: 'CRITICAL', dueAt: EXPIRES, link: 'https://portal.example/referrals/1' },
  'referral-reminder': { reference: 'AT-2026-000123', category: 'LEGAL_AID', urgency: 'URGENT', dueAt: EXPIRES, link: 'https://portal.example/referrals/1' },
  'referral-escalation': {
    reference: 'AT-2026-000123',
    category: 'SAFE_RETURN',
    urgency: 'ROUTINE',
    dueAt: EXPIRES,
    link: 'https://portal.example/referrals/1',
    partnerOrganization: 'La Strada Ukraine',
  },
  'referral-update': { reference: 'AT-2026-000123', event: 'ACCEPTED', organization: 'La Strada Ukraine', at: EXPIRES, link: 'https://portal.example/referrals/1' },
  'meeting-invitation': { ...MEETING, update: 'no', yesLink: 'https://api.example/meetings/rsvp?token=y', noLink: 'https://api.example/meetings/rsvp?token=n', maybeLink: 'https://api.example/meetings/rsvp?token=m' },
  'meeting-cancelled': { ...MEETING, ics: ICS('CANCEL') },
  'meeting-reminder': { ...MEETING, agenda: '10:00 Otvaranje (ASTRA)\n10:30 Izveštaji organizacija' },
  'action-item-reminder': {
    description: 'Pripremiti izveštaj o radionicama',
    dueOn: '2026-04-01',
    meetingTitle: 'Sastanak mreže',
    meetingStartsAt: EXPIRES,
    organization: 'PAOR',
    link: 'https://portal.example/meetings/1',
  },
} satisfies { [T in MailTemplateName]: unknown };

const NAMES = Object.keys(MAIL_TEMPLATES) as MailTemplateName[];

describe(renderMail.name, () => {
  it.each(NAMES)('renders %s in Serbian (Latin, with diacritics) and in English, as HTML and plain text', (name) => {
    const sr = renderMail(name, Language.SR, PARAMS[name]);
    const en = renderMail(name, Language.EN, PARAMS[name]);
    for (const mail of [sr, en]) {
      expect(mail.subject).toMatch(/AT/);
      expect(mail.text).toContain(PARAMS[name].link);
      expect(mail.html).toContain(`href="${escapeHtml(PARAMS[name].link)}"`);
      expect(mail.text).not.toMatch(/undefined|<|>/);
    }
    expect(sr.html).toContain('<html lang="sr">');
    expect(en.html).toContain('<html lang="en">');
    expect(sr.subject).not.toBe(en.subject);
    expect(sr.text).toMatch(/[čćžšđ]/);
    expect(sr.text).not.toMatch(/[\u0400-\u04FF]/); // no Cyrillic
    // The expiry in Serbian time (CET, UTC+1 in March) and words of each language.
    expect(sr.text).toContain('15. mart 2026. 14:00');
    expect(en.text).toContain('15 March 2026 at 14:00');
  });

  it('names the inviting organization in the invitation', () => {
    expect(renderMail('invitation', Language.EN, PARAMS.invitation).text).toContain('ASTRA invites you');
  });

  it('escapes parameters in HTML, so a name or a link cannot inject markup', () => {
    const params = { ...PARAMS.invitation, inviterOrganization: '<script>alert("x")</script> & Co', link: 'https://portal.example/i?a=1&b="2"' };
    const mail = renderMail('invitation', Language.SR, params);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.html).toContain('href="https://portal.example/i?a=1&amp;b=%222%22"');
    expect(mail.text).toContain('<script>alert("x")</script> & Co');
  });

  it('refuses links that are not http(s), missing parameters and unknown templates', () => {
    expect(() => renderMail('invitation', Language.EN, { ...PARAMS.invitation, link: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => renderMail('password-reset', Language.EN, { expiresAt: EXPIRES } as never)).toThrow(/link/);
    expect(() => renderMail('password-reset', Language.EN, { ...PARAMS['password-reset'], expiresAt: 'soon' })).toThrow(/ISO/);
    expect(() => renderMail('newsletter', Language.EN, {})).toThrow(/Unknown mail template/);
  });
});

describe('referral mails', () => {
  it('give due times with their time zone, in the reader\'s language', () => {
    expect(renderMail('referral-sent', Language.EN, PARAMS['referral-sent']).text).toContain('Please acknowledge it by 15 March 2026 at 14:00 CET (Europe/Belgrade).');
    expect(renderMail('referral-reminder', Language.SR, PARAMS['referral-reminder']).text).toContain('do 15. mart 2026. 14:00 CET (Europe/Belgrade)');
  });

  it('tell the sender what the partner did, and never carry the reason or the message', () => {
    const mail = renderMail('referral-update', Language.EN, { ...PARAMS['referral-update'], event: 'DECLINED' });
    expect(mail.subject).toBe('Referral AT-2026-000123: declined');
    expect(mail.text).toContain('La Strada Ukraine declined referral AT-2026-000123 on 15 March 2026 at 14:00 CET (Europe/Belgrade).');
    expect(() => renderMail('referral-update', Language.EN, { ...PARAMS['referral-update'], event: 'DELETED' as never })).toThrow(/event/);
  });
});

describe('meeting mails', () => {
  it('carry their iCalendar object with the METHOD the mail needs, and refuse one that does not match', () => {
    expect(renderMail('meeting-invitation', Language.SR, PARAMS['meeting-invitation']).calendar).toEqual({ method: 'REQUEST', content: ICS('REQUEST'), filename: 'invite.ics' });
    expect(renderMail('meeting-cancelled', Language.EN, PARAMS['meeting-cancelled']).calendar?.method).toBe('CANCEL');
    expect(() => renderMail('meeting-cancelled', Language.EN, PARAMS['meeting-invitation'])).toThrow(/METHOD:CANCEL/);
    expect(renderMail('invitation', Language.EN, PARAMS.invitation).calendar).toBeUndefined();
  });

  it('offer the three answers as links, and show the time in the meeting\'s own time zone', () => {
    const mail = renderMail('meeting-invitation', Language.EN, { ...PARAMS['meeting-invitation'], timeZone: 'Europe/Vienna' });
    for (const link of ['token=y', 'token=n', 'token=m']) expect(mail.html).toContain(link);
    expect(mail.text).toContain('15 March 2026 at 14:00 – 15 March 2026 at 16:00 (Europe/Vienna)');
  });
});

describe(escapeHtml.name, () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
