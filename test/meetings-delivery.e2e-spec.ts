import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@app/database';
import { OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

/** The MIME parts of a raw message: headers (lower-cased names) and body, found by their boundaries. */
function mimeParts(raw: string): { headers: string; body: string }[] {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((m) => m[1]);
  return boundaries.flatMap((boundary) =>
    raw
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => {
        const [headers, ...body] = part.replace(/^\r\n/, '').split(/\r\n\r\n/);
        return { headers: headers.toLowerCase().replace(/\r\n[ \t]+/g, ' '), body: body.join('\r\n\r\n') };
      }),
  );
}

describe('meeting invitations over real SMTP', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const saved = { SMTP_URL: process.env.SMTP_URL, JOBS: process.env.JOBS };

  beforeAll(async () => {
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    Object.assign(process.env, { SMTP_URL: smtp.url, JOBS: 'on' });
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('delivers the invitation with a valid .ics attachment (METHOD:REQUEST) and a text/calendar alternative', async () => {
    const organization = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Novi Sad' });
    const invitee = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization });
    const coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
    const start = new Date(Date.now() + 7 * 86_400_000);
    const { data, errors } = await t.gql(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      {
        input: {
          title: 'Obuka o identifikaciji žrtava',
          kind: 'TRAINING',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
          city: 'Novi Sad',
          venue: 'Kulturni centar',
          invitedUserIds: [invitee.id],
        },
      },
      coordinator,
    );
    expect(errors).toBeUndefined();

    let index = -1;
    for (let i = 0; i < 100 && index < 0; i++) {
      index = smtp.received.findIndex((m) => m.to.includes(invitee.email));
      if (index < 0) await sleep(100);
    }
    expect(index).toBeGreaterThanOrEqual(0);
    expect(smtp.received[index].subject).toBe('AT mreža – poziv: Obuka o identifikaciji žrtava');

    const parts = mimeParts(smtp.raw[index]);
    const attachment = parts.find((p) => p.headers.includes('application/ics'));
    const alternative = parts.find((p) => p.headers.includes('text/calendar'));
    expect(attachment?.headers).toMatch(/content-disposition: attachment; filename=invite\.ics|filename="invite\.ics"/);
    expect(alternative?.headers).toContain('method=request');
    const ics = Buffer.from(attachment!.body.replace(/\s+/g, ''), 'base64').toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toEqual(expect.arrayContaining(['METHOD:REQUEST', `UID:meeting-${data.createMeeting.id}@at-portal`, 'SEQUENCE:0', 'BEGIN:VEVENT', 'END:VEVENT']));
    expect(lines.some((l) => /^DTSTART;TZID=Europe\/Belgrade:\d{8}T\d{6}$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ATTENDEE.*mailto:/i.test(l) && l.toLowerCase().includes(invitee.email))).toBe(true);
    // The answer links point at the API's RSVP page.
    expect(smtp.raw[index]).toMatch(/meetings\/rsvp\?token=3D|meetings\/rsvp\?token=/);
  });
});
