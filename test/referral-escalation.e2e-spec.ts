import { INestApplication } from '@nestjs/common';
import { Clock, Language } from '@app/common';
import { freePort } from '@app/database';
import { MailWorker } from '@app/mail';
import { Organization, OrganizationKind } from '@app/organizations';
import { ReferralEscalationService } from '@app/referrals';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { createApiApp } from '../apps/api/src/create-api-app';
import { caseWithDetails, newPartner, newReferral, NewPartner, step } from './factories/referral-factory';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

const HOUR = 3_600_000;
const CASE_CODE = 'NIS-2026-17';
const NAME = 'Jelena Markovska';

describe('reminders and alerts for referrals not acknowledged in time', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let clock: jest.SpyInstance<Date, []>;
  let sender: Organization;
  let staff: User;
  let adminEn: User;
  let coordinator: User;
  let otherCoordinator: User;
  let partner: NewPartner;
  let asStaff: GqlOptions;
  let asPartner: GqlOptions;
  let sentAt: Date;
  let overdue: { id: string; reference: string };
  let acknowledged: { id: string; reference: string };
  const saved = { SMTP_URL: process.env.SMTP_URL };
  const at = (hoursAfterSending: number) => clock.mockReturnValue(new Date(sentAt.getTime() + hoursAfterSending * HOUR));
  const escalation = () => t.app.get(ReferralEscalationService);
  /** Delivers the outbox over SMTP and gives what arrived in this delivery. */
  const deliver = async () => {
    const before = smtp.received.length;
    await t.app.get(MailWorker).drain();
    return smtp.received.slice(before).map((mail, i) => ({ ...mail, raw: smtp.raw[before + i] }));
  };

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    process.env.SMTP_URL = smtp.url;
    t = await startTestApp('api');
    clock = jest.spyOn(t.app.get(Clock), 'now');

    sender = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš', shortName: 'Sender NGO' });
    staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: sender, language: Language.SR });
    adminEn = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: sender, language: Language.EN });
    await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: sender, active: false, passwordHash: null } as never);
    await t.factory.newUser({ role: Role.EVALUATOR, organization: sender, passwordHash: null } as never);
    await t.factory.newUser({ role: Role.MEMBER_STAFF, passwordHash: null } as never);
    coordinator = await t.factory.newUser({ role: Role.COORDINATOR, language: Language.SR, passwordHash: null } as never);
    otherCoordinator = await t.factory.newUser({ role: Role.COORDINATOR, language: Language.EN, passwordHash: null } as never);
    await t.factory.newUser({ role: Role.COORDINATOR, active: false, passwordHash: null } as never);
    partner = await newPartner(t, { contactEmails: ['intake@lastrada.example', 'duty@lastrada.example'], languages: ['de', 'en'] });
    await t.db.dataSource.query(`UPDATE organizations SET short_name = 'LS Wien' WHERE id = $1`, [partner.partner.id]);
    const partnerUser = await t.factory.newUser({ role: Role.PARTNER, organization: partner.partner });
    asStaff = await t.as(staff);
    asPartner = await t.as(partnerUser);

    sentAt = new Date(Date.UTC(2026, 2, 2, 9, 0, 0));
    at(0);
    overdue = await newReferral(t, asStaff, caseWithDetails(partner.partner.id, { caseCode: CASE_CODE, name: NAME }));
    acknowledged = await newReferral(t, asStaff, caseWithDetails(partner.partner.id, { caseCode: 'NIS-2026-18' }));
    at(1);
    await step(t, asPartner, 'acknowledgeReferral', acknowledged.id);
    // The "new referral" mails, out of the way of what the tests count.
    await deliver();
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    if (saved.SMTP_URL === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved.SMTP_URL;
  });

  it('does nothing before the due time (2 hours for a critical referral)', async () => {
    at(1.99);
    expect(await escalation().run()).toEqual({ reminded: 0, escalated: 0 });
    expect(await deliver()).toEqual([]);
  });

  it("reminds the partner's contacts once after the due time, even when two passes run at once", async () => {
    at(2.01);
    const passes = await Promise.all([escalation().run(), escalation().run()]);
    expect(passes.reduce((sum, p) => sum + p.reminded, 0)).toBe(1);
    expect(passes.reduce((sum, p) => sum + p.escalated, 0)).toBe(0);

    const mails = await deliver();
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['duty@lastrada.example', 'intake@lastrada.example']);
    for (const mail of mails) {
      expect(mail.subject).toBe(`Reminder: referral ${overdue.reference} is waiting for your acknowledgment`);
      expect(mail.contentLanguage).toBe('en');
    }
    const [row] = await t.db.dataSource.query(`SELECT reminder_sent_at, escalated_at FROM referrals WHERE id = $1`, [overdue.id]);
    expect(row).toEqual({ reminder_sent_at: new Date(sentAt.getTime() + 2.01 * HOUR), escalated_at: null });
  });

  it('sends nothing twice when the escalation runs again', async () => {
    at(3);
    expect(await escalation().run()).toEqual({ reminded: 0, escalated: 0 });
    expect(await deliver()).toEqual([]);
  });

  it('does not remind the partner of a referral it acknowledged', async () => {
    const mails = await t.db.dataSource.query(`SELECT template FROM mail_outbox WHERE params->>'reference' = $1 ORDER BY template`, [acknowledged.reference]);
    // The two "new referral" mails to the partner's contacts, and the sender's two active members told of the acknowledgment: no reminder.
    expect(mails.map((m: { template: string }) => m.template)).toEqual(['referral-sent', 'referral-sent', 'referral-update', 'referral-update']);
    const [row] = await t.db.dataSource.query(`SELECT reminder_sent_at, escalated_at FROM referrals WHERE id = $1`, [acknowledged.id]);
    expect(row).toEqual({ reminder_sent_at: null, escalated_at: null });
  });

  it("alerts the sender's active users and every active coordinator once each, in their language, at twice the due time", async () => {
    at(3.99);
    expect(await escalation().run()).toEqual({ reminded: 0, escalated: 0 });
    at(4);
    expect(await escalation().run()).toEqual({ reminded: 0, escalated: 1 });
    expect(await escalation().run()).toEqual({ reminded: 0, escalated: 0 });

    const mails = await deliver();
    const byRecipient = Object.fromEntries(mails.map((m) => [m.to[0], m]));
    expect(Object.keys(byRecipient).sort()).toEqual([staff.email, adminEn.email, coordinator.email, otherCoordinator.email].sort());
    expect(mails).toHaveLength(4);
    expect(byRecipient[adminEn.email].subject).toBe(`Alert: referral ${overdue.reference} has not been acknowledged`);
    expect(byRecipient[adminEn.email].contentLanguage).toBe('en');
    expect(byRecipient[staff.email].subject).toBe(`Upozorenje: prijem upućivanja ${overdue.reference} nije potvrđen`);
    expect(byRecipient[staff.email].contentLanguage).toBe('sr');
    expect(byRecipient[otherCoordinator.email].raw).toContain('LS Wien');

    const audit = await t.db.dataSource.query(`SELECT action, actor_user_id FROM audit_log WHERE entity_id = $1 AND action LIKE 'referral.%' ORDER BY action`, [overdue.id]);
    expect(audit).toEqual([
      { action: 'referral.escalate', actor_user_id: null },
      { action: 'referral.remind', actor_user_id: null },
    ]);
  });

  it('puts nothing about the person in any mail: no case code, no identifying details', async () => {
    const outbox: { params: object }[] = await t.db.dataSource.query(`SELECT params FROM mail_outbox`);
    expect(outbox.length).toBeGreaterThanOrEqual(10);
    for (const { params } of outbox) {
      const text = JSON.stringify(params);
      for (const secret of [CASE_CODE, 'NIS-2026-18', NAME, 'Markovska', '2007-04-02', '+381']) expect(text).not.toContain(secret);
    }
    for (const raw of smtp.raw) {
      // Quoted-printable may wrap lines: unwrap before looking.
      const body = raw.replace(/=\r?\n/g, '');
      for (const secret of [CASE_CODE, 'NIS-2026-18', 'Jelena', 'Markovska', '2007-04-02']) expect(body).not.toContain(secret);
    }
  });

  it('repeats nothing after a restart: a new API instance on the same database, with the jobs on, sends nothing again', async () => {
    const outboxBefore = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`);
    process.env.JOBS = 'on';
    let restarted: INestApplication | undefined;
    try {
      restarted = await createApiApp();
      jest.spyOn(restarted.get(Clock), 'now').mockReturnValue(new Date(sentAt.getTime() + 48 * HOUR));
      const run = jest.spyOn(restarted.get(ReferralEscalationService), 'run');
      await restarted.init();
      // The jobs' first pass starts as the application boots.
      for (let i = 0; i < 100 && run.mock.results.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(run).toHaveBeenCalled();
      expect(await run.mock.results[0].value).toEqual({ reminded: 0, escalated: 0 });
    } finally {
      process.env.JOBS = 'off';
      await restarted?.close();
    }
    expect(await t.db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual(outboxBefore);
    expect(await deliver()).toEqual([]);
  });

  it('picks up a stage left undone by a crash: the state is in the row, not in a timer', async () => {
    // As if the process died before a pass: the referral is overdue, nothing was done yet.
    const late = await newReferral(t, asStaff, caseWithDetails(partner.partner.id, { urgency: 'URGENT', caseCode: 'NIS-2026-19' }));
    await deliver();
    // Long past twice the due time (24 h for an urgent one): the reminder and then the alert, in one pass.
    at(72);
    expect(await escalation().run()).toEqual({ reminded: 1, escalated: 1 });
    const mails = await deliver();
    expect(mails.filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(2);
    expect(mails.filter((m) => m.subject.includes(late.reference) && !m.subject.startsWith('Reminder'))).toHaveLength(4);
  });
});
