import { INestApplication } from '@nestjs/common';
import dayjs from 'dayjs';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { Browser, Page } from 'playwright-core';
import { Language } from '@app/common';
import { freePort } from '@app/database';
import { MailWorker } from '@app/mail';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { createApiApp } from '../apps/api/src/create-api-app';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { checkPageEverywhere } from './utils/page-checks';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

// Each page is checked in two languages at two widths with axe-core: longer than most tests.
jest.setTimeout(120_000);

describeInBrowser('inviting organizations to a meeting, in a real browser', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  let shot: BrowserSession['shot'];
  const saved = { SMTP_URL: process.env.SMTP_URL, API_PUBLIC_URL: process.env.API_PUBLIC_URL };
  // The answer links lead to the API, which runs beside the admin app on the same database.
  let api: INestApplication;
  let apiBase: string;

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    apiBase = `http://127.0.0.1:${await freePort()}`;
    Object.assign(process.env, { SMTP_URL: smtp.url, API_PUBLIC_URL: apiBase });
    t = await startTestApp('admin');
    api = await createApiApp();
    await api.listen(Number(new URL(apiBase).port), '127.0.0.1');
    ({ base, browser, page, shot } = await openBrowser(t));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await t?.close();
    await smtp?.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /** The mails delivered to an address so far, parsed. */
  async function mailsTo(email: string) {
    await t.app.get(MailWorker).drain();
    return Promise.all(smtp.received.flatMap((m, i) => (m.to.includes(email) ? [simpleParser(smtp.raw[i])] : [])));
  }

  it('invites every active person of an invited organization, each with an .ics naming the coordinator as ORGANIZER and a working answer link, and later joiners by one action', async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    const centre = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, shortName: 'CZD Test', nameSr: 'Centar za devojke Test', nameEn: 'Girls centre Test', country: 'RS', city: 'Užice' });
    const partner = await t.factory.newOrganization({ kind: OrganizationKind.PARTNER_ORGANIZATION, shortName: 'LS Test', country: 'NL', city: 'Amsterdam' });
    const people = [
      await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: centre, fullName: 'Milica Prva' }),
      await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: centre, fullName: 'Jovana Druga', language: Language.EN }),
      await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: centre, fullName: 'Sanja Treća' }),
    ];
    const former = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: centre, fullName: 'Bivša Saradnica', active: false });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    const day = dayjs().add(21, 'day').format('YYYY-MM-DD');

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);
    await page.goto(`${base}/meetings/new`);

    // The pick list keeps the network's members and the partners abroad apart.
    const groups = page.locator('#invited-organizations fieldset');
    expect(await groups.locator('legend').allTextContents()).toEqual(['Članice AT mreže', 'Partneri u inostranstvu']);
    expect(await groups.nth(0).textContent()).toContain('CZD Test');
    expect(await groups.nth(0).textContent()).not.toContain('LS Test');
    expect(await groups.nth(1).textContent()).toContain('LS Test');
    expect(await page.locator('select[name=agendaPresenter] optgroup').first().getAttribute('label')).toBe('Članice AT mreže');
    await expect(page.locator(`#invited-organizations input[value="${partner.id}"]`).count()).resolves.toBe(1);

    await page.fill('#title', 'Sastanak mreže u Užicu');
    await page.selectOption('#kind', 'NETWORK_MEETING');
    await page.fill('#startsAt', `${day}T10:00`);
    await page.fill('#endsAt', `${day}T15:00`);
    await page.fill('#city', 'Užice');
    await page.check(`input[name=invitedOrganizationIds][value="${centre.id}"]`);
    await shot('meeting-form-organizations');
    await Promise.all([page.waitForURL(/\/meetings\/[0-9a-f-]{36}\?done=created$/), page.click('#save-meeting')]);
    const meetingId = /\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1];

    // One mail per active person, none to the former colleague.
    for (const person of people) {
      const mails = await mailsTo(person.email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      const attachment = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
      expect(attachment).toBeDefined();
      const calendar = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf8')));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = calendar.getFirstSubcomponent('vevent')!;
      expect(event.getFirstPropertyValue('summary')).toBe('Sastanak mreže u Užicu');
      const organizer = event.getFirstProperty('organizer')!;
      expect(String(organizer.getFirstValue()).toLowerCase()).toBe(`mailto:${coordinator.email}`);
      expect(organizer.getParameter('cn')).toBe('Ana Koordinatorka');
      expect(String(organizer.getParameter('sent-by'))).toMatch(/^mailto:/i);
      const attendees = event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase());
      expect(attendees).toEqual([`mailto:${person.email}`]);
      // The sender is the portal; the answer is the person's own link.
      expect(mail.from?.text).not.toContain(coordinator.email);
      expect(mail.subject).toContain('Sastanak mreže u Užicu');
      expect(mail.text).toContain(person.language === Language.EN ? 'Yes, I will come' : 'Da, dolazim');
    }
    expect(await mailsTo(former.email)).toHaveLength(0);

    // A working answer link: opened, confirmed, recorded for that person only.
    const [jovanaMail] = await mailsTo(people[1].email);
    const yes = /https?:\/\/\S+\/meetings\/rsvp\?token=\S+/.exec(jovanaMail.text!)![0];
    expect(yes.startsWith(`${apiBase}/`)).toBe(true);
    await page.goto(yes);
    await page.click('#confirm');
    await page.waitForSelector('#confirm', { state: 'detached' });
    const [answer] = await t.db.dataSource.query(`SELECT answer FROM meeting_invitations WHERE meeting_id = $1 AND user_id = $2`, [meetingId, people[1].id]);
    expect(answer.answer).toBe('YES');

    // Everyone invited is on the attendance list.
    await page.goto(`${base}/meetings/${meetingId}`);
    await page.click('#attendance summary');
    for (const person of people) expect(await page.locator(`input[name=attendeeUserIds][value="${person.id}"]`).count()).toBe(1);
    expect(await page.locator(`input[name=attendeeUserIds][value="${former.id}"]`).count()).toBe(0);

    // Someone joins the organization later: one action invites them, and only them.
    const newcomer = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: centre, fullName: 'Nova Koleginica' });
    await Promise.all([page.waitForURL(/done=invitedNew/), page.click('#invite-new-people')]);
    expect(await page.textContent('#notice')).toContain('Pozvani su novi ljudi');
    expect(await mailsTo(newcomer.email)).toHaveLength(1);
    for (const person of people) expect(await mailsTo(person.email)).toHaveLength(1);
    await Promise.all([page.waitForURL(/done=nobodyNew/), page.click('#invite-new-people')]);
    expect(await page.textContent('#notice')).toContain('nema novih ljudi');
    await shot('meeting-detail-organizations');

    await checkPageEverywhere(page, `${base}/meetings/${meetingId}`, 'meeting-detail-invited-organization', shot);
    await checkPageEverywhere(page, `${base}/meetings/new`, 'meeting-form-grouped', shot);
  });
});
