import { Clock, Language } from '@app/common';
import { AppConfig } from '@app/config';
import { MeetingRemindersService } from '@app/meetings';
import { Organization, OrganizationKind } from '@app/organizations';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version sequence } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id version sequence } }`;
const DAY = 86_400_000;

/** RFC 5545 lines with folding undone. */
const icsLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const serbianDate = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(moment);

describe('network meetings', () => {
  let t: TestApp;
  let astra: Organization;
  let paor: Organization;
  let nis: Organization;
  let coordinator: GqlOptions;
  let coordinatorUser: User;
  let ana: User;
  let marko: User;
  let outsider: User;
  let asAna: GqlOptions;
  let asMarko: GqlOptions;
  let asOutsider: GqlOptions;
  let asPartner: GqlOptions;

  beforeAll(async () => {
    t = await startTestApp('api', { seeded: false });
    const member = (city: string) => t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city });
    [astra, paor, nis] = [await member('Beograd'), await member('Pančevo'), await member('Niš')];
    coordinatorUser = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra });
    coordinator = await t.as(coordinatorUser);
    ana = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, fullName: 'Ana Anić' });
    marko = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor, fullName: 'Marko Marković', language: 'en' as never });
    outsider = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: nis });
    [asAna, asMarko, asOutsider] = [await t.as(ana), await t.as(marko), await t.as(outsider)];
    asPartner = await t.as(await t.factory.newUser({ role: Role.PARTNER }));
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  // One start time for the whole file, on a whole minute: a test that reads meetingInput() again
  // must get the very time the meeting was created with.
  const START = new Date(Math.ceil((Date.now() + 10 * DAY) / 60_000) * 60_000);
  const meetingInput = (overrides: Record<string, unknown> = {}) => {
    const start = START;
    return {
      title: 'Godišnji sastanak AT mreže',
      kind: 'NETWORK_MEETING',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      timeZone: 'Europe/Belgrade',
      city: 'Beograd',
      venue: 'Hotel Palas',
      description: 'Razmena iskustava i plan za narednu godinu',
      agenda: [
        { title: 'Otvaranje', presenterOrganizationId: astra.id, startsAt: start.toISOString(), durationMinutes: 15 },
        { title: 'Izveštaji organizacija', presenterOrganizationId: paor.id },
      ],
      attachments: [{ url: 'https://example.org/dnevni-red.pdf', title: 'Dnevni red' }],
      invitedOrganizationIds: [paor.id],
      invitedUserIds: [ana.id, marko.id],
      ...overrides,
    };
  };
  const create = async (overrides: Record<string, unknown> = {}) => {
    const { data, errors } = await t.gql(CREATE, { input: meetingInput(overrides) }, coordinator);
    if (errors) throw new Error(JSON.stringify(errors));
    return data.createMeeting as { id: string; version: number; sequence: number };
  };
  const mails = (template: string, to?: string): Promise<{ recipient: string; language: string; params: Record<string, string>; idempotency_key: string }[]> =>
    t.db.dataSource.query(`SELECT recipient, language, params, idempotency_key FROM mail_outbox WHERE template = $1 AND ($2::text IS NULL OR recipient = $2) ORDER BY created_at, id`, [template, to ?? null]);
  const mailsFor = async (template: string, meetingId: string) => (await mails(template)).filter((m) => m.params.link.endsWith(`/meetings/${meetingId}`));
  const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
  const count = async (table: string) => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  describe('invitations and their iCalendar', () => {
    it('mails each person invited by name a REQUEST with the stable UID, SEQUENCE 0 and local times', async () => {
      const { id } = await create();
      const invitations = await mailsFor('meeting-invitation', id);
      expect(invitations.map((m) => m.recipient).sort()).toEqual([ana.email, marko.email].sort());
      expect(invitations.find((m) => m.recipient === marko.email)!.language).toBe('en');
      // The meeting's link opens the app each person works in: members the web app (the API's address), not the coordinators' admin app.
      const config = t.app.get(AppConfig);
      for (const mail of invitations) expect(mail.params.link).toBe(`${config.API_PUBLIC_URL.replace(/\/$/, '')}/meetings/${id}`);
      expect(config.API_PUBLIC_URL).not.toBe(config.PUBLIC_URL);
      const ics = icsLines(invitations[0].params.ics);
      expect(ics.find((line) => line.startsWith('URL'))).toContain(`${config.API_PUBLIC_URL.replace(/\/$/, '')}/meetings/${id}`);
      const start = new Date(meetingInput().startsAt);
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Belgrade', dateStyle: 'short', timeStyle: 'medium' }).format(start).replace(/[-: ]/g, (c) => (c === ' ' ? 'T' : ''));
      expect(ics).toEqual(expect.arrayContaining(['METHOD:REQUEST', `UID:meeting-${id}@at-portal`, 'SEQUENCE:0', `DTSTART;TZID=Europe/Belgrade:${local}`, 'BEGIN:VTIMEZONE']));
    });

    it('sends an update with the same UID and a higher SEQUENCE when the time changes, and METHOD:CANCEL on cancellation', async () => {
      const { id, version } = await create();
      const later = new Date(Date.now() + 20 * DAY);
      const moved = await t.gql(UPDATE, { id, input: { version, startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3_600_000).toISOString() } }, coordinator);
      expect(moved.data.updateMeeting.sequence).toBe(1);
      const updates = (await mailsFor('meeting-invitation', id)).filter((m) => m.params.update === 'yes');
      expect(updates).toHaveLength(2);
      expect(icsLines(updates[0].params.ics)).toEqual(expect.arrayContaining(['METHOD:REQUEST', `UID:meeting-${id}@at-portal`, 'SEQUENCE:1']));

      // A change that moves neither time nor place mails nobody.
      const before = await count('mail_outbox');
      const edited = await t.gql(UPDATE, { id, input: { version: moved.data.updateMeeting.version, description: 'Novi opis' } }, coordinator);
      expect(edited.data.updateMeeting.sequence).toBe(1);
      expect(await count('mail_outbox')).toBe(before);

      const cancelled = await t.gql(`mutation($id: ID!) { cancelMeeting(id: $id) { status sequence } }`, { id }, coordinator);
      expect(cancelled.data.cancelMeeting).toEqual({ status: 'CANCELLED', sequence: 2 });
      const cancels = await mailsFor('meeting-cancelled', id);
      expect(cancels).toHaveLength(2);
      expect(icsLines(cancels[0].params.ics)).toEqual(expect.arrayContaining(['METHOD:CANCEL', `UID:meeting-${id}@at-portal`, 'SEQUENCE:2', 'STATUS:CANCELLED']));
    });

    it("gives each person who may see the meeting its .ics, the invitations' event, and nobody else", async () => {
      const { id } = await create();
      const CALENDAR = `query($id: ID!) { meeting(id: $id) { calendar } }`;
      const { data, errors } = await t.gql(CALENDAR, { id }, asMarko);
      expect(errors).toBeUndefined();
      const ics = icsLines(data.meeting.calendar);
      expect(ics).toEqual(expect.arrayContaining(['METHOD:REQUEST', `UID:meeting-${id}@at-portal`, 'SEQUENCE:0', 'SUMMARY:Godišnji sastanak AT mreže']));
      expect(ics.find((line) => line.startsWith('ATTENDEE'))).toContain(`MAILTO:${marko.email}`);
      expect(ics.find((line) => line.startsWith('URL'))).toContain(`${t.app.get(AppConfig).API_PUBLIC_URL.replace(/\/$/, '')}/meetings/${id}`);
      // Not invited, not of an invited organization: the meeting does not exist for her.
      expect((await t.gql(CALENDAR, { id }, asOutsider)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      // Cancelled: the file removes the event.
      await t.gql(`mutation($id: ID!) { cancelMeeting(id: $id) { status } }`, { id }, coordinator);
      expect(icsLines((await t.gql(CALENDAR, { id }, asMarko)).data.meeting.calendar)).toEqual(expect.arrayContaining(['METHOD:CANCEL', 'SEQUENCE:1', 'STATUS:CANCELLED']));
    });

    it('sends a CANCEL to someone taken off the list and an invitation to someone added', async () => {
      const { id, version } = await create({ invitedUserIds: [ana.id], invitedOrganizationIds: [] });
      await t.gql(UPDATE, { id, input: { version, invitedUserIds: [marko.id] } }, coordinator);
      expect((await mailsFor('meeting-cancelled', id)).map((m) => m.recipient)).toEqual([ana.email]);
      expect((await mailsFor('meeting-invitation', id)).map((m) => m.recipient)).toEqual([ana.email, marko.email]);
    });
  });

  describe('organizations invited', () => {
    it('invites the active people of an invited organization by name, and those who join later by one action', async () => {
      const organization = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Užice' });
      const first = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization });
      const second = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, language: Language.EN });
      const gone = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, active: false });
      const { id } = await create({ invitedUserIds: [], invitedOrganizationIds: [organization.id] });
      const invited = (await mailsFor('meeting-invitation', id)).map((m) => m.recipient).sort();
      expect(invited).toEqual([first.email, second.email].sort());
      expect(invited).not.toContain(gone.email);
      // Each has links of their own.
      const [a, b] = await mailsFor('meeting-invitation', id);
      expect(a.params.yesLink).not.toBe(b.params.yesLink);

      const INVITE_NEW = `mutation($id: ID!) { inviteNewPeopleOfInvitedOrganizations(id: $id) { id } }`;
      expect((await t.gql(INVITE_NEW, { id }, coordinator)).errors).toBeUndefined();
      expect(await mailsFor('meeting-invitation', id)).toHaveLength(2);
      const newcomer = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization });
      expect((await t.gql(INVITE_NEW, { id }, coordinator)).errors).toBeUndefined();
      expect((await mailsFor('meeting-invitation', id)).map((m) => m.recipient)).toContain(newcomer.email);
      expect(await mailsFor('meeting-invitation', id)).toHaveLength(3);
      expect((await t.gql(INVITE_NEW, { id }, asMarko)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("names the coordinator who runs the meeting as the .ics ORGANIZER, sent by the portal's address", async () => {
      const { id } = await create({ invitedOrganizationIds: [] });
      const [mail] = await mailsFor('meeting-invitation', id);
      const organizer = icsLines(mail.params.ics).find((l) => l.startsWith('ORGANIZER'))!;
      expect(organizer).toContain(`mailto:${coordinatorUser.email}`);
      expect(organizer).toMatch(/SENT-BY="mailto:[^"]+"/i);
    });
  });

  describe('answers', () => {
    /** Opens an answer link, as a mail scanner or a person does: it records nothing yet. */
    const open = (token: string, language = 'sr') => t.http().get('/meetings/rsvp').query({ token }).set('Accept-Language', language);
    /** Presses the confirmation button of the page a link opens. */
    const rsvp = (token: string, language = 'sr') => t.http().post('/meetings/rsvp').type('form').send({ token }).set('Accept-Language', language);
    const answers = async (id: string) =>
      (await t.gql(`query($id: ID!) { meeting(id: $id) { invitations { userId fullName answer organization { id } } } }`, { id }, coordinator)).data.meeting.invitations;

    it('records nothing when a link is only opened (as mail scanners do), and asks to confirm with a button', async () => {
      const { id } = await create();
      const [mail] = await mailsFor('meeting-invitation', id).then((all) => all.filter((m) => m.recipient === ana.email));
      const token = tokenOf(mail.params.yesLink);
      for (let i = 0; i < 3; i++) {
        const page = await open(token);
        expect(page.status).toBe(200);
        expect(page.text).toContain('Potvrdite odgovor');
        expect(page.text).toContain('<form method="post" action="/meetings/rsvp">');
        expect(page.text).toContain(`name="token" value="${token}"`);
      }
      expect((await open(token, 'en')).text).toContain('Confirm my answer');
      expect((await answers(id)).find((a: { userId: string }) => a.userId === ana.id).answer).toBeNull();
      expect(await t.db.dataSource.query(`SELECT 1 FROM meeting_rsvp_uses WHERE meeting_id = $1`, [id])).toEqual([]);
    });

    it('records the answer of a signed link once, shows a Serbian or English page, and the coordinator sees it', async () => {
      const { id } = await create();
      const [mail] = await mailsFor('meeting-invitation', id).then((all) => all.filter((m) => m.recipient === ana.email));
      const first = await rsvp(tokenOf(mail.params.yesLink));
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/text\/html/);
      expect(first.text).toContain('<html lang="sr">');
      expect(first.text).toContain('Hvala, vaš odgovor je zabeležen');
      // Its link to the meeting opens the web app, where Ana (a member organization's admin) answers next time.
      expect(first.text).toContain(`href="${t.app.get(AppConfig).API_PUBLIC_URL.replace(/\/$/, '')}/meetings/${id}"`);
      expect(await answers(id)).toContainEqual({ userId: ana.id, fullName: 'Ana Anić', answer: 'YES', organization: { id: paor.id } });

      const again = await rsvp(tokenOf(mail.params.yesLink), 'en-GB,en;q=0.9');
      expect(again.status).toBe(409);
      expect(again.text).toContain('The link has already been used');
      expect((await open(tokenOf(mail.params.yesLink), 'en')).text).toContain('The link has already been used');

      // Another of the links changes the answer.
      expect((await rsvp(tokenOf(mail.params.noLink))).status).toBe(200);
      expect((await answers(id)).find((a: { userId: string }) => a.userId === ana.id).answer).toBe('NO');
      expect(await count('meeting_rsvp_uses')).toBeGreaterThanOrEqual(2);
      const stored: { token_hash: string }[] = await t.db.dataSource.query(`SELECT token_hash FROM meeting_rsvp_uses`);
      expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    });

    it('refuses a tampered link and an expired one, recording nothing', async () => {
      const { id } = await create();
      const [mail] = (await mailsFor('meeting-invitation', id)).filter((m) => m.recipient === marko.email);
      const [version, payload, mac] = tokenOf(mail.params.maybeLink).split('.');
      const tampered = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"MAYBE"', '"YES"')).toString('base64url');
      const bad = await rsvp(`${version}.${tampered}.${mac}`, 'en');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('The link is not valid');
      expect((await open(`${version}.${tampered}.${mac}`, 'en')).status).toBe(400);

      // The links last until the meeting ends.
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 30 * DAY));
      expect((await open(tokenOf(mail.params.maybeLink))).status).toBe(410);
      const expired = await rsvp(tokenOf(mail.params.maybeLink));
      expect(expired.status).toBe(410);
      expect(expired.text).toContain('Veza je istekla');
      expect((await answers(id)).find((a: { userId: string }) => a.userId === marko.id).answer).toBeNull();
    });

    it('lets members answer in the app, for themselves, only meetings they may see', async () => {
      const { id } = await create({ invitedUserIds: [] });
      const answer = `mutation($id: ID!, $a: InvitationAnswer!) { answerInvitation(meetingId: $id, answer: $a) { answer invited } }`;
      // Marko's organization is invited, which invites its people by name.
      expect((await t.gql(answer, { id, a: 'MAYBE' }, asMarko)).data.answerInvitation).toEqual({ answer: 'MAYBE', invited: true });
      expect((await t.gql(answer, { id, a: 'YES' }, asOutsider)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(answer, { id, a: 'YES' }, asPartner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // A member sees only their own answer; the coordinator sees everyone's.
      const mine = await t.gql(`query($id: ID!) { meeting(id: $id) { myAnswer invitations { userId } } }`, { id }, asMarko);
      expect(mine.data.meeting).toEqual({ myAnswer: 'MAYBE', invitations: [{ userId: marko.id }] });
      expect((await t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id }, asOutsider)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('reminders', () => {
    it('reminds everyone who has not declined once, with the agenda and the .ics, a day before', async () => {
      const { id } = await create();
      const reminders = t.app.get(MeetingRemindersService);
      const starts = new Date(meetingInput().startsAt);
      await t.gql(`mutation($id: ID!) { answerInvitation(meetingId: $id, answer: NO) { answer } }`, { id }, asMarko);

      const clock = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(starts.getTime() - 30 * 3_600_000));
      await reminders.run();
      expect(await mailsFor('meeting-reminder', id)).toHaveLength(0);

      clock.mockReturnValue(new Date(starts.getTime() - 23 * 3_600_000));
      expect((await reminders.run()).meetings).toBeGreaterThanOrEqual(1);
      await reminders.run();
      const sent = await mailsFor('meeting-reminder', id);
      expect(sent.map((m) => m.recipient)).toEqual([ana.email]);
      expect(sent[0].params.agenda).toContain('Otvaranje');
      expect(sent[0].params.agenda).toContain(astra.shortName);
      expect(icsLines(sent[0].params.ics)).toContain(`UID:meeting-${id}@at-portal`);
    });
  });

  describe('after the meeting', () => {
    it('records attendance by user or guest, with their organization', async () => {
      const { id } = await create();
      const { data, errors } = await t.gql(
        `mutation($id: ID!, $a: [AttendeeInput!]!) { setMeetingAttendance(id: $id, attendees: $a) { attendees { fullName userId organization { id } } } }`,
        { id, a: [{ userId: ana.id }, { fullName: 'Gošća iz opštine', organizationId: nis.id }] },
        coordinator,
      );
      expect(errors).toBeUndefined();
      expect(data.setMeetingAttendance.attendees).toEqual([
        { fullName: 'Ana Anić', userId: ana.id, organization: { id: paor.id } },
        { fullName: 'Gošća iz opštine', userId: null, organization: { id: nis.id } },
      ]);
    });

    it("security: shows an attendee's name only to coordinators and the attendee's own organization, like training participants", async () => {
      const { id } = await create({ invitedOrganizationIds: [paor.id, nis.id] });
      await t.gql(
        `mutation($id: ID!, $a: [AttendeeInput!]!) { setMeetingAttendance(id: $id, attendees: $a) { id } }`,
        { id, a: [{ userId: ana.id }, { userId: outsider.id }, { fullName: 'Gošća iz opštine', organizationId: nis.id }, { fullName: 'Novinarka', organizationId: null }] },
        coordinator,
      );
      const attendees = async (as: GqlOptions) => {
        const { data, errors } = await t.gql(`query($id: ID!) { meeting(id: $id) { attendees { fullName userId organization { id } } } }`, { id }, as);
        expect(errors).toBeUndefined();
        return data.meeting.attendees as { fullName: string | null; userId: string | null; organization: { id: string } | null }[];
      };
      const everyone = [
        { fullName: 'Ana Anić', userId: ana.id, organization: { id: paor.id } },
        { fullName: outsider.fullName, userId: outsider.id, organization: { id: nis.id } },
        { fullName: 'Gošća iz opštine', userId: null, organization: { id: nis.id } },
        { fullName: 'Novinarka', userId: null, organization: null },
      ];
      expect(await attendees(coordinator)).toEqual(expect.arrayContaining(everyone));
      // Marko (PAOR) sees Ana by name; Niš's people and the guest without an organization only as someone from there.
      expect(await attendees(asMarko)).toEqual(
        expect.arrayContaining([
          { fullName: 'Ana Anić', userId: ana.id, organization: { id: paor.id } },
          { fullName: null, userId: null, organization: { id: nis.id } },
          { fullName: null, userId: null, organization: null },
        ]),
      );
      expect((await attendees(asMarko)).filter((a) => a.fullName !== null)).toHaveLength(1);
      expect((await attendees(asOutsider)).filter((a) => a.fullName !== null).map((a) => a.fullName).sort()).toEqual(['Gošća iz opštine', outsider.fullName].sort());
    });

    it('renders the minutes sanitized: a script in the Markdown does not survive', async () => {
      const { id } = await create();
      const { data } = await t.gql(
        `mutation($id: ID!, $m: String!) { saveMeetingMinutes(id: $id, minutes: $m) { minutes minutesHtml } }`,
        { id, m: '## Zaključci\n\n<script>alert("x")</script>\n\n[link](javascript:alert(1)) i **važno**' },
        coordinator,
      );
      expect(data.saveMeetingMinutes.minutes).toContain('<script>');
      expect(data.saveMeetingMinutes.minutesHtml).toContain('<h2>Zaključci</h2>');
      expect(data.saveMeetingMinutes.minutesHtml).toContain('<strong>važno</strong>');
      expect(data.saveMeetingMinutes.minutesHtml).not.toMatch(/<script|href="javascript:/i);
    });

    it('tracks action items until done: members move their own, the overdue list shows what is late, and a reminder goes once', async () => {
      const { id } = await create();
      const add = (description: string, organizationId: string, dueOn: string) =>
        t.gql(`mutation($id: ID!, $input: CreateActionItemInput!) { createActionItem(meetingId: $id, input: $input) { id status } }`, { id, input: { description, organizationId, dueOn } }, coordinator);
      const today = Date.now();
      const late = (await add('Poslati izveštaj o radionicama', paor.id, serbianDate(new Date(today - 2 * DAY)))).data.createActionItem.id;
      const soon = (await add('Organizovati tribinu', paor.id, serbianDate(new Date(today + 2 * DAY)))).data.createActionItem.id;
      const other = (await add('Prevesti brošuru', nis.id, serbianDate(new Date(today - 1 * DAY)))).data.createActionItem.id;

      const overdue = async (as: GqlOptions) =>
        (await t.gql(`{ actionItems(first: 100, filter: { overdue: true }) { edges { node { id organization { id } meetingTitle } } } }`, {}, as)).data.actionItems.edges.map(
          (e: { node: { id: string } }) => e.node.id,
        );
      expect(await overdue(coordinator)).toEqual(expect.arrayContaining([late, other]));
      expect(await overdue(coordinator)).not.toContain(soon);
      expect(await overdue(asAna)).toEqual([late]);

      const setStatus = `mutation($id: ID!, $s: ActionItemStatus!) { setActionItemStatus(id: $id, status: $s) { status completedAt } }`;
      const done = await t.gql(setStatus, { id: late, s: 'DONE' }, asAna);
      expect(done.data.setActionItemStatus.status).toBe('DONE');
      expect(done.data.setActionItemStatus.completedAt).not.toBeNull();
      expect((await t.gql(setStatus, { id: other, s: 'DONE' }, asAna)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await overdue(asAna)).toEqual([]);

      const reminders = t.app.get(MeetingRemindersService);
      await reminders.run();
      await reminders.run();
      const reminded = (await mails('action-item-reminder')).filter((m) => m.params.description === 'Organizovati tribinu');
      expect(reminded.map((m) => m.recipient).sort()).toEqual([ana.email, marko.email].sort());
    });
  });

  describe('bad input', () => {
    it.each([
      ['an end before the start', () => ({ endsAt: new Date(Date.now() + 9 * DAY).toISOString() }), 'endsAt'],
      ['a start in the past for a new meeting', () => ({ startsAt: new Date(Date.now() - DAY).toISOString(), endsAt: new Date(Date.now() + DAY).toISOString() }), 'startsAt'],
      ['a missing place', () => ({ city: null, venue: null }), 'city'],
      ['an online call without its link', () => ({ kind: 'ONLINE_CALL', city: null }), 'onlineUrl'],
      ['an empty title', () => ({ title: '  ' }), 'title'],
      ['an oversized description', () => ({ description: 'x'.repeat(10_001) }), 'description'],
      ['an unknown time zone', () => ({ timeZone: 'Europe/Atlantis' }), 'timeZone'],
      ['an agenda point outside the meeting', () => ({ agenda: [{ title: 'Kafa', startsAt: new Date(Date.now() + 30 * DAY).toISOString() }] }), 'agenda.0.startsAt'],
    ])('refuses %s, naming the field, and saves and mails nothing', async (_, overrides, field) => {
      const [meetings, outbox] = [await count('meetings'), await count('mail_outbox')];
      const { errors } = await t.gql(CREATE, { input: meetingInput(overrides()) }, coordinator);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect([await count('meetings'), await count('mail_outbox')]).toEqual([meetings, outbox]);
    });

    it('refuses oversized minutes and a missing required field', async () => {
      const { id } = await create();
      const minutes = await t.gql(`mutation($id: ID!, $m: String!) { saveMeetingMinutes(id: $id, minutes: $m) { id } }`, { id, m: 'x'.repeat(50_001) }, coordinator);
      expect(minutes.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['minutes']);
      const { title: _title, ...withoutTitle } = meetingInput();
      const missing = await t.gql(CREATE, { input: withoutTitle }, coordinator);
      expect(missing.status).toBe(400);
      expect(missing.errors?.[0].message).toMatch(/title/);
    });

    it('refuses a stale version with CONFLICT', async () => {
      const { id, version } = await create();
      await t.gql(UPDATE, { id, input: { version, title: 'Prva izmena' } }, coordinator);
      const stale = await t.gql(UPDATE, { id, input: { version, title: 'Druga izmena' } }, coordinator);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    });
  });
});
