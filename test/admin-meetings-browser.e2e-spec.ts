import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { Browser, Page } from 'playwright-core';
import { freePort } from '@app/database';
import { MailWorker } from '@app/mail';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The .ics attachment of a raw message (base64 in its MIME part), unfolded into lines. */
function icsLines(raw: string): string[] {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => m[1]);
  const parts = boundaries.flatMap((boundary) => raw.split(`--${boundary}`).slice(1, -1));
  const attachment = parts.find((part) => /content-type:\s*application\/ics/i.test(part));
  if (!attachment) return [];
  const body = attachment.replace(/^\r\n/, '').split(/\r\n\r\n/).slice(1).join('');
  return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8').replace(/\r\n[ \t]/g, '').split('\r\n');
}

describeInBrowser('meetings pages in a real browser', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  let shot: BrowserSession['shot'];
  let consoleErrors: string[];
  const saved = process.env.SMTP_URL;

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    process.env.SMTP_URL = smtp.url;
    t = await startTestApp('admin');
    ({ base, browser, page, shot, consoleErrors } = await openBrowser(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.stop();
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  });

  it('plans a meeting whose invitation arrives with its .ics, records attendance and an action item, in both languages', async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    const astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    const invitee = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, fullName: 'Bojana Pozvana' });
    const day = dayjs().tz('Europe/Belgrade').add(14, 'day').format('YYYY-MM-DD');

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);

    await page.click('nav a[href="/meetings"]');
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Sastanci');
    await shot('meetings-list-empty');

    await Promise.all([page.waitForURL(`${base}/meetings/new`), page.click('#new-meeting')]);
    // First with the end before the start: the errors come back next to the fields, nothing is saved.
    await page.fill('#title', 'Obuka o identifikaciji žrtava');
    await page.selectOption('#kind', 'TRAINING');
    await page.fill('#startsAt', `${day}T10:00`);
    await page.fill('#endsAt', `${day}T09:00`);
    await page.fill('#city', 'Novi Sad');
    await page.fill('#venue', 'Kulturni centar');
    await page.fill('#description', 'Obuka za nove saradnice i saradnike.');
    const titles = page.locator('input[name=agendaTitle]');
    const times = page.locator('input[name=agendaTime]');
    await titles.nth(0).fill('Uvod');
    await times.nth(0).fill('10:00');
    await titles.nth(1).fill('Indikatori trgovine ljudima');
    await page.locator('select[name=agendaPresenter]').nth(1).selectOption(astra.id);
    await times.nth(1).fill('10:30');
    await page.locator('input[name=agendaDuration]').nth(1).fill('90');
    await page.check(`input[name=invitedOrganizationIds][value="${paor.id}"]`);
    await page.check(`input[name=invitedUserIds][value="${invitee.id}"]`);
    await shot('meeting-form');
    await Promise.all([page.waitForLoadState('load'), page.click('#save-meeting')]);
    expect(await page.textContent('#endsAt-error')).toBe('Kraj mora biti posle početka.');
    expect(await page.inputValue('#title')).toBe('Obuka o identifikaciji žrtava');
    expect(await page.isChecked(`input[name=invitedUserIds][value="${invitee.id}"]`)).toBe(true);
    await shot('meeting-form-errors');
    const [{ count }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM meetings`);
    expect(count).toBe(0);

    await page.fill('#endsAt', `${day}T14:00`);
    await Promise.all([page.waitForURL(/\/meetings\/[0-9a-f-]{36}\?done=created$/), page.click('#save-meeting')]);
    const id = /\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1];
    expect(await page.textContent('#notice')).toBe('Sastanak je zakazan; pozivi su poslati.');
    expect(await page.textContent('#meeting-when')).toContain('10:00–14:00');
    expect(await page.locator('#agenda li').count()).toBe(2);

    // The invitation, delivered over real SMTP, carries the meeting's calendar entry.
    await t.app.get(MailWorker).drain();
    const index = smtp.received.findIndex((m) => m.to.includes(invitee.email));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(smtp.received[index].subject).toContain('Obuka o identifikaciji žrtava');
    const lines = icsLines(smtp.raw[index]);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(expect.arrayContaining(['METHOD:REQUEST', `UID:meeting-${id}@at-portal`, 'SEQUENCE:0', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']));
    expect(lines).toContain(`DTSTART;TZID=Europe/Belgrade:${day.replace(/-/g, '')}T100000`);

    // Attendance: the invitee and a guest.
    await page.click('#attendance summary');
    await page.check(`input[name=attendeeUserIds][value="${invitee.id}"]`);
    await page.locator('input[name=guestName]').first().fill('Marko Gost');
    await page.locator('select[name=guestOrganization]').first().selectOption(paor.id);
    await Promise.all([page.waitForURL(/done=attendance$/), page.click('#save-attendance')]);
    expect(await page.textContent('#attendee-count')).toBe('2');
    expect(await page.textContent('#attendees')).toContain('Marko Gost');

    // An action item for PAOR.
    await page.fill('#action-description', 'Poslati spisak učesnika obuke');
    await page.selectOption('#action-organization', paor.id);
    await page.fill('#action-due', dayjs().add(30, 'day').format('YYYY-MM-DD'));
    await Promise.all([page.waitForURL(/done=actionItem$/), page.click('#add-action-item')]);
    expect(await page.textContent('#action-item-list')).toContain('Poslati spisak učesnika obuke');
    const [item] = await t.db.dataSource.query(`SELECT status, owner_organization_id FROM meeting_action_items WHERE meeting_id = $1`, [id]);
    expect(item).toEqual({ status: 'OPEN', owner_organization_id: paor.id });
    await shot('meeting-detail');

    await Promise.all([page.waitForURL(/lang=en/), page.click('#language-switch')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#action-items-heading')).toBe('Action items');
    expect(await page.textContent('#facts-heading')).toContain('Training');
    await shot('meeting-detail-en');
    await page.goto(`${base}/meetings`);
    expect(await page.textContent('h1')).toBe('Meetings');
    expect(await page.textContent(`tr[data-meeting="${id}"]`)).toContain('Obuka o identifikaciji žrtava');
    await shot('meetings-list-en');
    await page.goto(`${base}/meetings/${id}/edit`);
    await shot('meeting-form-edit-en');

    // Readable on a phone, too.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/meetings/${id}`);
    await shot('meeting-detail-phone');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await page.goto(`${base}/meetings/new`);
    await shot('meeting-form-phone');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);

    // Cancelling asks first (a script file: the policy allows no inline handler); saying no cancels nothing.
    await page.goto(`${base}/meetings/${id}`);
    const asked = page.waitForEvent('dialog');
    const clicked = page.click('#cancel-meeting');
    const question = await asked;
    expect(question.message()).toMatch(/^(Otkazati sastanak|Cancel the meeting)\?/);
    await question.dismiss();
    await clicked;
    expect(await page.locator('#cancelled-banner').count()).toBe(0);
    expect((await t.db.dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [id]))[0].status).toBe('SCHEDULED');
    page.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([page.waitForLoadState('load'), page.click('#cancel-meeting')]);
    await page.waitForSelector('#cancelled-banner');
    expect((await t.db.dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [id]))[0].status).toBe('CANCELLED');
  });

  it('security: the meeting pages ran with no Content-Security-Policy violation or script error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
