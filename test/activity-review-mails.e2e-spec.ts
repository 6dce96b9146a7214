import { simpleParser } from 'mailparser';
import { ActivityStatus } from '@app/activities';
import { Language } from '@app/common';
import { freePort } from '@app/database';
import { MailWorker } from '@app/mail';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

describe("review decisions mailed to the activity's organization", () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const saved = { SMTP_URL: process.env.SMTP_URL, WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL, PUBLIC_URL: process.env.PUBLIC_URL };

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    Object.assign(process.env, { SMTP_URL: smtp.url, WEB_PUBLIC_URL: 'https://portal.example.org/', PUBLIC_URL: 'https://admin.example.org' });
    t = await startTestApp('api');
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  async function delivered(to: string) {
    await t.app.get(MailWorker).drain();
    const found = smtp.received.flatMap((mail, i) => (mail.to.includes(to) ? [smtp.raw[i]] : []));
    return Promise.all(found.map((raw) => simpleParser(raw)));
  }

  it("tells each active person of the organization, in their own language, that an activity was returned with the comment, and that it was approved, with a link to the activity in the web app; nobody else, and no person's name", async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    const astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    const serbian = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, fullName: 'Jelena Članica', language: Language.SR });
    const english = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor, fullName: 'Emma Staff', language: Language.EN });
    const inactive = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor, active: false });
    const elsewhere = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: await organizations.findOneByOrFail({ shortName: 'Forum žena' }).catch(() => astra) });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    const activity = await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED, title: 'Radionica u Zrenjaninu' });
    const as = await t.as(coordinator);

    const returned = await t.gql(`mutation($id: ID!) { returnActivity(id: $id, comment: "Dodajte broj učesnika po uzrastu.") { status } }`, { id: activity.id }, as);
    expect(returned.errors).toBeUndefined();

    const [sr] = await delivered(serbian.email);
    expect(sr.subject).toBe('AT mreža: aktivnost vraćena na doradu – Radionica u Zrenjaninu');
    expect(sr.text).toContain('Dodajte broj učesnika po uzrastu.');
    const [en] = await delivered(english.email);
    expect(en.subject).toBe('AT network: activity returned for changes – Radionica u Zrenjaninu');
    expect(en.text).toContain('Dodajte broj učesnika po uzrastu.');
    for (const mail of [sr, en]) {
      // Member staff have no account in the admin app: the link opens the activity in the web app.
      expect(mail.text).toContain(`https://portal.example.org/activities/${activity.id}`);
      expect(mail.text).not.toContain('admin.example.org');
      expect(mail.text).not.toContain('Ana Koordinatorka');
      expect(mail.text).not.toContain('Jelena');
      expect(mail.text).not.toContain('Emma');
      expect(mail.to).toBeDefined();
    }
    expect(await delivered(inactive.email)).toHaveLength(0);
    expect(await delivered(elsewhere.email)).toHaveLength(0);
    expect(await delivered(coordinator.email)).toHaveLength(0);

    // Submitted again and approved: one more mail each.
    await t.db.dataSource.query(`UPDATE activities SET status = 'SUBMITTED' WHERE id = $1`, [activity.id]);
    const approved = await t.gql(`mutation($id: ID!) { approveActivity(id: $id) { status } }`, { id: activity.id }, as);
    expect(approved.errors).toBeUndefined();
    const toSerbian = await delivered(serbian.email);
    expect(toSerbian.map((m) => m.subject)).toEqual(['AT mreža: aktivnost vraćena na doradu – Radionica u Zrenjaninu', 'AT mreža: aktivnost odobrena – Radionica u Zrenjaninu']);
    const toEnglish = await delivered(english.email);
    expect(toEnglish[1].subject).toBe('AT network: activity approved – Radionica u Zrenjaninu');
    expect(toEnglish[1].text).toContain('counts in the network');
    expect(toEnglish[1].text).toContain(`https://portal.example.org/activities/${activity.id}`);
  });

  it('queues nothing when the decision fails', async () => {
    const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const draft = await t.factory.newActivity({ organization: paor, status: ActivityStatus.DRAFT });
    const [{ count: before }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM mail_outbox`);
    const refused = await t.gql(`mutation($id: ID!) { approveActivity(id: $id) { status } }`, { id: draft.id }, await t.as(coordinator));
    expect(refused.errors?.[0].extensions?.code).toBeDefined();
    const [{ count: after }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM mail_outbox`);
    expect(after).toBe(before);
  });
});
