import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@app/database';
import { Role } from '@app/policy';
import { OrganizationKind } from '@app/organizations';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

describe('the API delivers its mail', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const saved = { SMTP_URL: process.env.SMTP_URL, JOBS: process.env.JOBS };

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    Object.assign(process.env, { SMTP_URL: smtp.url, JOBS: 'on' });
    t = await startTestApp('api');
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const waitForMail = async (to: string) => {
    for (let i = 0; i < 100; i++) {
      const index = smtp.received.findIndex((m) => m.to.includes(to));
      if (index >= 0) return { ...smtp.received[index], raw: smtp.raw[index] };
      await sleep(100);
    }
    throw new Error(`no mail to ${to} within 10 s`);
  };

  it('sends an invitation in the invitee\'s language, with the single-use link and the Message-ID the outbox recorded', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const organization = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Zrenjanin' });
    const email = `pozvana.${Date.now()}@example.org`;
    const { errors } = await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email } }`,
      { input: { email, fullName: 'Pozvana Osoba', organizationId: organization.id, role: 'MEMBER_STAFF', language: 'SR' } },
      await t.as(coordinator),
    );
    expect(errors).toBeUndefined();

    const mail = await waitForMail(email);
    const [outbox] = await t.db.dataSource.query(`SELECT message_id, status FROM mail_outbox WHERE recipient = $1`, [email]);
    expect(mail.subject).toBe('Poziv na portal AT mreže');
    expect(mail.contentLanguage).toBe('sr');
    expect(mail.messageId).toBe(`<${outbox.message_id.replace(/^<|>$/g, '')}>`);
    expect(mail.raw).toMatch(/invitation\?token=/);
    // The invitee's name is not in the mail: only what the link needs.
    expect(mail.raw).not.toContain('Pozvana Osoba');
    for (let i = 0; i < 50 && (await t.db.dataSource.query(`SELECT status FROM mail_outbox WHERE recipient = $1`, [email]))[0].status !== 'SENT'; i++) await sleep(100);
    expect((await t.db.dataSource.query(`SELECT status FROM mail_outbox WHERE recipient = $1`, [email]))[0].status).toBe('SENT');
  });
});
