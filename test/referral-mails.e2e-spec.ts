import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@app/database';
import { Organization } from '@app/organizations';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { caseWithDetails, newPartner, newReferral, step } from './factories/referral-factory';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';
import { ReceivedMail, TestSmtpServer } from './utils/test-smtp-server';

/** What a person must never find in a referral mail: the name, birth date, contact and case code of caseWithDetails, a decline reason, a message. */
const PERSONAL = /Jelena|Markovska|2007-04-02|000 0000|NIS-2026-17|Nemamo mesta|Poruka o osobi/;

describe('referral mails over real SMTP', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let partnerUser: User;
  let partner: GqlOptions;
  let sender: GqlOptions;
  let senderColleague: User;
  let senderUser: User;
  let partnerOrg: Organization;
  const saved = { SMTP_URL: process.env.SMTP_URL, JOBS: process.env.JOBS, WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL };

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    Object.assign(process.env, { SMTP_URL: smtp.url, JOBS: 'mail', WEB_PUBLIC_URL: 'https://portal.example.org/' });
    t = await startTestApp('api');
    const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    ({ partner: partnerOrg } = await newPartner(t, { contactEmails: ['intake@lastrada.example', 'duty@lastrada.example'], languages: ['en'] }));
    // One contact has an account and reads Serbian; the other has none and gets the profile's English.
    partnerUser = await t.factory.newUser({ role: Role.PARTNER, organization: partnerOrg, email: 'duty@lastrada.example' });
    partner = await t.as(partnerUser);
    await t.gql(`mutation { setPreferredLanguage(language: SR) { language } }`, {}, partner);
    senderUser = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor });
    senderColleague = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, language: 'en' as never });
    sender = await t.as(senderUser);
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /** Waits for the mails that match; each mail with its whole raw text (headers and body, quoted-printable undone). */
  const mailsTo = async (to: string, subject: RegExp, count = 1): Promise<(ReceivedMail & { body: string })[]> => {
    for (let i = 0; i < 100; i++) {
      const found = smtp.received.map((m, index) => ({ ...m, body: unfold(smtp.raw[index]) })).filter((m) => m.to.includes(to) && subject.test(m.subject));
      if (found.length >= count) return found;
      await sleep(100);
    }
    throw new Error(`no mail "${subject}" to ${to} within 10 s; got ${JSON.stringify(smtp.received.map((m) => [m.to, m.subject]))}`);
  };

  it("links every referral mail to the referral's page in the web app, gives the due time with its time zone, and follows each reader's language", async () => {
    const { id, reference } = await newReferral(t, sender, caseWithDetails(partnerOrg.id));
    const [english] = await mailsTo('intake@lastrada.example', new RegExp(`New referral ${reference}`));
    const [serbian] = await mailsTo('duty@lastrada.example', new RegExp(`Novo upućivanje ${reference}`));
    expect(english.contentLanguage).toBe('en');
    expect(serbian.contentLanguage).toBe('sr');
    for (const mail of [english, serbian]) {
      expect(mail.body).toContain(`https://portal.example.org/referrals/${id}`);
      expect(mail.body).toMatch(/\d{2}:\d{2} CES?T \(Europe\/Belgrade\)/);
      expect(mail.body).not.toMatch(PERSONAL);
    }
  });

  it('tells the sending organization, in each member\'s language, when the partner acknowledges, accepts, declines or writes; never the reason or the message', async () => {
    const accepted = await newReferral(t, sender, caseWithDetails(partnerOrg.id));
    await step(t, partner, 'acknowledgeReferral', accepted.id);
    await step(t, partner, 'acceptReferral', accepted.id);
    const written = await t.gql(`mutation($id: ID!) { addReferralMessage(id: $id, body: "Poruka o osobi: Jelena je stigla") { id } }`, { id: accepted.id }, partner);
    expect(written.errors).toBeUndefined();
    const declined = await newReferral(t, sender, caseWithDetails(partnerOrg.id));
    await step(t, partner, 'acknowledgeReferral', declined.id);
    await step(t, partner, 'declineReferral', declined.id, ', reason: "Nemamo mesta u skloništu"');

    const toSender = await mailsTo(senderUser.email, /^Upućivanje AT-/, 5);
    expect(toSender.map((m) => m.subject).sort()).toEqual(
      [`${accepted.reference}: potvrđen prijem`, `${accepted.reference}: prihvaćeno`, `${accepted.reference}: nova poruka`, `${declined.reference}: potvrđen prijem`, `${declined.reference}: odbijeno`]
        .map((s) => `Upućivanje ${s}`)
        .sort(),
    );
    const toColleague = await mailsTo(senderColleague.email, /^Referral AT-/, 5);
    expect(toColleague.map((m) => m.subject)).toContain(`Referral ${declined.reference}: declined`);
    for (const mail of [...toSender, ...toColleague]) {
      expect(mail.body).toContain(partnerOrg.shortName);
      expect(mail.body).toMatch(/https:\/\/portal\.example\.org\/referrals\/[0-9a-f-]{36}/);
      expect(mail.body).not.toMatch(PERSONAL);
    }
  });

  it("tells the partner's contacts when the sender writes, without the message", async () => {
    const { id, reference } = await newReferral(t, sender, caseWithDetails(partnerOrg.id));
    await t.gql(`mutation($id: ID!) { addReferralMessage(id: $id, body: "Poruka o osobi: Jelena ima 19 godina") { id } }`, { id }, sender);
    const [mail] = await mailsTo('intake@lastrada.example', new RegExp(`Referral ${reference}: new message`));
    expect(mail.body).toContain('PAOR wrote a message on referral');
    expect(mail.body).toContain(`https://portal.example.org/referrals/${id}`);
    expect(mail.body).not.toMatch(PERSONAL);
  });

  it('lets every signed-in person set the language of their own mails, and nobody else\'s', async () => {
    const { data, errors } = await t.gql(`mutation { setPreferredLanguage(language: EN) { id language } }`, {}, sender);
    expect(errors).toBeUndefined();
    expect(data.setPreferredLanguage).toEqual({ id: senderUser.id, language: 'EN' });
    const [row] = await t.db.dataSource.query(`SELECT language FROM users WHERE id = $1`, [senderUser.id]);
    expect(row.language).toBe('en');
    const [audit] = await t.db.dataSource.query(`SELECT changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'user.update' ORDER BY occurred_at DESC LIMIT 1`, [senderUser.id]);
    expect(audit.changed_fields).toEqual(['language']);
    expect((await t.gql(`mutation { setPreferredLanguage(language: DE) { id } }`, {}, sender)).errors?.[0].message).toMatch(/Language/);
    expect((await t.gql(`mutation { setPreferredLanguage(language: EN) { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives partners English and everyone else Serbian when an invitation names no language', async () => {
    const coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
    // The answer names no account (it must not tell whether one existed): the language is read where it is kept.
    const invite = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email } }`;
    const languageOf = async (email: string) => (await t.db.dataSource.query(`SELECT language FROM users WHERE email = $1`, [email]))[0]?.language;
    const asPartner = await t.gql(invite, { input: { email: 'new.partner@lastrada.example', fullName: 'New Partner', organizationId: partnerOrg.id, role: 'PARTNER' } }, coordinator);
    expect(asPartner.errors).toBeUndefined();
    expect(await languageOf('new.partner@lastrada.example')).toBe('en');
    const asMember = await t.gql(invite, { input: { email: 'nova@paor.example', fullName: 'Nova Članica', organizationId: senderUser.organizationId, role: 'MEMBER_STAFF' } }, coordinator);
    expect(asMember.errors).toBeUndefined();
    expect(await languageOf('nova@paor.example')).toBe('sr');
  });
});

/** The raw message with quoted-printable soft breaks and escapes undone, so text can be searched. */
function unfold(raw: string): string {
  return Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}
