import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';

dayjs.extend(utc);
dayjs.extend(timezone);

const formToken = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];
/** A wall-clock time in Belgrade, as a datetime-local field holds it. */
const belgrade = (daysFromNow: number, time: string) => `${dayjs().tz('Europe/Belgrade').add(daysFromNow, 'day').format('YYYY-MM-DD')}T${time}`;
const meetingIdOf = (location: string) => /^\/meetings\/([0-9a-f-]{36})\?done=/.exec(location)![1];

describe('admin app: meetings pages', () => {
  let t: TestApp;
  let paor: Organization;
  let astra: Organization;
  let other: Organization;

  beforeAll(async () => {
    t = await startTestApp('admin');
    const organizations = t.db.dataSource.getRepository(Organization);
    paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    other = (await organizations.find()).find((o) => ![paor.id, astra.id].includes(o.id) && o.kind === paor.kind)!;
  });

  afterAll(() => t.close());

  const signedIn = async (user: { email: string }) => {
    const agent = t.agent();
    const form = await agent.get('/sign-in').expect(200);
    const response = await agent.post('/sign-in').type('form').send({ _csrf: formToken(form.text), email: user.email, password: DEFAULT_PASSWORD });
    expect(response.status).toBe(303);
    return agent;
  };

  const meetingCount = async () => (await t.db.dataSource.query(`SELECT count(*)::int AS count FROM meetings`))[0].count as number;

  const validForm = (overrides: Record<string, unknown> = {}) => ({
    title: 'Sastanak mreže u Zrenjaninu',
    kind: 'NETWORK_MEETING',
    startsAt: belgrade(10, '10:00'),
    endsAt: belgrade(10, '15:30'),
    timeZone: 'Europe/Belgrade',
    city: 'Zrenjanin',
    venue: 'Kulturni centar',
    onlineUrl: '',
    description: 'Godišnji plan i razmena iskustava.',
    agendaTitle: ['Uvod i dobrodošlica', 'Izveštaji članica', ''],
    agendaPresenter: [astra.id, paor.id, ''],
    agendaTime: ['10:00', '10:30', ''],
    agendaDuration: ['30', '90', ''],
    ...overrides,
  });

  it('lets a coordinator plan a meeting with agenda and invitees, change it and cancel it', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    const invitee = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, fullName: 'Bojana Pozvana' });
    const agent = await signedIn(coordinator);

    const form = await agent.get('/meetings/new').expect(200);
    expect(form.text).toContain('name="agendaTitle"');
    expect(form.text).toContain(`value="${invitee.id}"`);
    const created = await agent
      .post('/meetings')
      .type('form')
      .send({ _csrf: formToken(form.text), ...validForm(), invitedOrganizationIds: [paor.id], invitedUserIds: [invitee.id] });
    expect(created.status).toBe(303);
    const id = meetingIdOf(created.headers.location);

    const page = await agent.get(created.headers.location).expect(200);
    expect(page.text).toContain('Sastanak je zakazan; pozivi su poslati.');
    expect(page.text).toContain('Sastanak mreže u Zrenjaninu');
    expect(page.text).toContain('Izveštaji članica');
    expect(page.text).toContain('Kulturni centar, Zrenjanin');
    // Times as people in Serbia write them, in Belgrade time.
    expect(page.text).toMatch(/10:00–15:30/);
    expect(page.text).toContain('Bojana Pozvana');
    const [meeting] = await t.db.dataSource.query(`SELECT title, city, time_zone, starts_at, version FROM meetings WHERE id = $1`, [id]);
    expect(meeting).toMatchObject({ title: 'Sastanak mreže u Zrenjaninu', city: 'Zrenjanin', time_zone: 'Europe/Belgrade' });
    expect(dayjs(meeting.starts_at).tz('Europe/Belgrade').format('YYYY-MM-DDTHH:mm')).toBe(belgrade(10, '10:00'));
    const agenda = await t.db.dataSource.query(`SELECT position, title, presenter_organization_id, duration_minutes FROM meeting_agenda_items WHERE meeting_id = $1 ORDER BY position`, [id]);
    expect(agenda).toEqual([
      { position: 1, title: 'Uvod i dobrodošlica', presenter_organization_id: astra.id, duration_minutes: 30 },
      { position: 2, title: 'Izveštaji članica', presenter_organization_id: paor.id, duration_minutes: 90 },
    ]);
    const invitations = await t.db.dataSource.query(`SELECT user_id FROM meeting_invitations WHERE meeting_id = $1 AND invited`, [id]);
    expect(invitations).toEqual([{ user_id: invitee.id }]);
    const [{ count: mails }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM mail_outbox WHERE recipient = $1`, [invitee.email]);
    expect(mails).toBe(1);

    const edit = await agent.get(`/meetings/${id}/edit`).expect(200);
    expect(edit.text).toContain('value="Izveštaji članica"');
    expect(edit.text).toContain(`value="${belgrade(10, '10:00')}"`);
    const version = /name="version" value="(\d+)"/.exec(edit.text)![1];
    const updated = await agent
      .post(`/meetings/${id}`)
      .type('form')
      .send({ _csrf: formToken(edit.text), ...validForm({ title: 'Sastanak mreže u Novom Sadu', city: 'Novi Sad' }), version, invitedOrganizationIds: [paor.id], invitedUserIds: [invitee.id] });
    expect(updated.status).toBe(303);
    expect(updated.headers.location).toBe(`/meetings/${id}?done=updated`);
    const [changed] = await t.db.dataSource.query(`SELECT title, city, sequence FROM meetings WHERE id = $1`, [id]);
    expect(changed).toEqual({ title: 'Sastanak mreže u Novom Sadu', city: 'Novi Sad', sequence: 1 });

    const detail = await agent.get(`/meetings/${id}`).expect(200);
    const cancelled = await agent.post(`/meetings/${id}/cancel`).type('form').send({ _csrf: formToken(detail.text) });
    expect(cancelled.status).toBe(303);
    const after = await agent.get(cancelled.headers.location).expect(200);
    expect(after.text).toContain('Ovaj sastanak je otkazan.');
    expect(after.text).not.toContain('id="edit-meeting"');
    const [{ status }] = await t.db.dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [id]);
    expect(status).toBe('CANCELLED');
    const list = await agent.get('/meetings?lang=en').expect(200);
    expect(list.text).toContain('Cancelled');
  });

  it('refuses a bad form with an error next to each field, keeps what was typed and saves nothing', async () => {
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    const form = await agent.get('/meetings/new?lang=en').expect(200);
    const before = await meetingCount();

    const response = await agent
      .post('/meetings?lang=en')
      .type('form')
      .send({
        _csrf: formToken(form.text),
        ...validForm({ title: '', startsAt: belgrade(-3, '10:00'), endsAt: belgrade(-3, '09:00'), description: 'x'.repeat(10_001), venue: 'Sala <b>A</b>' }),
      });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Nothing was saved: correct the marked fields.');
    expect(response.text).toMatch(/id="title-error">The title must be 3 to 200 characters long\./);
    expect(response.text).toMatch(/id="startsAt-error">A new meeting must start in the future\./);
    expect(response.text).toMatch(/id="endsAt-error">The end must be after the start\./);
    expect(response.text).toMatch(/id="description-error">The description can be at most 10,000 characters long\./);
    // What was typed comes back, escaped.
    expect(response.text).toContain(`value="${belgrade(-3, '10:00')}"`);
    expect(response.text).toContain('value="Sala &lt;b&gt;A&lt;/b&gt;"');
    expect(response.text).toContain('value="Izveštaji članica"');
    expect(await meetingCount()).toBe(before);

    const missing = await agent.post('/meetings?lang=en').type('form').send({ _csrf: formToken(form.text), ...validForm({ startsAt: '', endsAt: '', city: '' }) });
    expect(missing.status).toBe(400);
    expect(missing.text).toMatch(/id="startsAt-error">Enter the start date and time\./);
    expect(missing.text).toMatch(/id="endsAt-error">Enter the end date and time\./);
    expect(missing.text).toMatch(/id="city-error">/);

    const badAgenda = await agent.post('/meetings').type('form').send({ _csrf: formToken(form.text), ...validForm({ agendaTime: ['10:00', '18:00', ''] }) });
    expect(badAgenda.status).toBe(400);
    expect(badAgenda.text).toContain('Check this point');
    expect(await meetingCount()).toBe(before);
  });

  it('records attendance, minutes and an action item through the forms, and lets the owner move the item along', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra });
    const invitee = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, fullName: 'Vesna Prisutna' });
    const agent = await signedIn(coordinator);
    const form = await agent.get('/meetings/new').expect(200);
    const created = await agent.post('/meetings').type('form').send({ _csrf: formToken(form.text), ...validForm(), invitedOrganizationIds: [paor.id], invitedUserIds: [invitee.id] });
    const id = meetingIdOf(created.headers.location);
    const page = await agent.get(`/meetings/${id}`).expect(200);

    const attendance = await agent
      .post(`/meetings/${id}/attendance`)
      .type('form')
      .send({ _csrf: formToken(page.text), attendeeUserIds: invitee.id, guestName: ['Gost Iz Opštine', ''], guestOrganization: ['', ''] });
    expect(attendance.status).toBe(303);
    const attendees = await t.db.dataSource.query(`SELECT full_name, organization_id FROM meeting_attendees WHERE meeting_id = $1 ORDER BY full_name`, [id]);
    expect(attendees).toEqual([
      { full_name: 'Gost Iz Opštine', organization_id: null },
      { full_name: 'Vesna Prisutna', organization_id: paor.id },
    ]);

    const minutes = await agent.post(`/meetings/${id}/minutes`).type('form').send({ _csrf: formToken(page.text), minutes: '# Zaključci\n\n- dogovor o planu\n\n<script>alert(1)</script>' });
    expect(minutes.status).toBe(303);
    const withMinutes = await agent.get(`/meetings/${id}`).expect(200);
    expect(withMinutes.text).toContain('<h1>Zaključci</h1>');
    expect(withMinutes.text).not.toContain('<script>alert(1)</script>');

    const badItem = await agent.post(`/meetings/${id}/action-items`).type('form').send({ _csrf: formToken(page.text), description: 'x', organizationId: '', dueOn: '' });
    expect(badItem.status).toBe(400);
    expect(badItem.text).toContain('id="action-description-error"');
    expect(badItem.text).toContain('id="action-organization-error"');
    expect(badItem.text).toContain('id="action-due-error"');
    const item = await agent
      .post(`/meetings/${id}/action-items`)
      .type('form')
      .send({ _csrf: formToken(page.text), description: 'Poslati izveštaj o radionicama', organizationId: paor.id, dueOn: dayjs().add(20, 'day').format('YYYY-MM-DD') });
    expect(item.status).toBe(303);
    const [row] = await t.db.dataSource.query(`SELECT id, status, owner_organization_id FROM meeting_action_items WHERE meeting_id = $1`, [id]);
    expect(row).toMatchObject({ status: 'OPEN', owner_organization_id: paor.id });

    // The owner organization's admin moves it along from the same page.
    const member = await signedIn(invitee);
    const memberPage = await member.get(`/meetings/${id}`).expect(200);
    expect(memberPage.text).toContain('Poslati izveštaj o radionicama');
    expect(memberPage.text).not.toContain('id="action-item-form"');
    expect(memberPage.text).not.toContain('id="replies"');
    const moved = await member.post(`/meetings/action-items/${row.id}/status`).type('form').send({ _csrf: formToken(memberPage.text), status: 'IN_PROGRESS' });
    expect(moved.status).toBe(303);
    const [{ status }] = await t.db.dataSource.query(`SELECT status FROM meeting_action_items WHERE id = $1`, [row.id]);
    expect(status).toBe('IN_PROGRESS');
    // And answers for themselves.
    const answered = await member.post(`/meetings/${id}/answer`).type('form').send({ _csrf: formToken(memberPage.text), answer: 'YES' });
    expect(answered.status).toBe(303);
    expect((await agent.get(`/meetings/${id}`).expect(200)).text).toMatch(/Vesna Prisutna[\s\S]*?dolazi/);
  });

  it("security: shows a member's admin the names of their own organization's attendees only", async () => {
    const coordinator = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    const form = await coordinator.get('/meetings/new').expect(200);
    const id = meetingIdOf(
      (await coordinator.post('/meetings').type('form').send({ _csrf: formToken(form.text), ...validForm({ title: 'Sastanak sa prisutnima' }), invitedOrganizationIds: [paor.id, other.id] })).headers.location,
    );
    await t.db.dataSource.query(
      `INSERT INTO meeting_attendees (meeting_id, full_name, organization_id) VALUES ($1, 'Jelena Naša', $2), ($1, 'Dragana Njihova', $3), ($1, 'Gost Bez Organizacije', NULL)`,
      [id, paor.id, other.id],
    );
    expect((await coordinator.get(`/meetings/${id}`).expect(200)).text).toMatch(/Jelena Naša[\s\S]*Dragana Njihova|Dragana Njihova[\s\S]*Jelena Naša/);
    const member = await signedIn(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor }));
    const page = await member.get(`/meetings/${id}`).expect(200);
    expect(page.text).toContain('Jelena Naša');
    expect(page.text).not.toContain('Dragana Njihova');
    expect(page.text).not.toContain('Gost Bez Organizacije');
    expect(page.text).toContain('osoba iz druge organizacije');
  });

  it("shows a member's admin only the meetings their organization is invited to, and not the coordinators' forms", async () => {
    const coordinator = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    const form = await coordinator.get('/meetings/new').expect(200);
    const invited = meetingIdOf(
      (await coordinator.post('/meetings').type('form').send({ _csrf: formToken(form.text), ...validForm({ title: 'Sastanak za PAOR' }), invitedOrganizationIds: [paor.id] })).headers.location,
    );
    const hidden = meetingIdOf(
      (await coordinator.post('/meetings').type('form').send({ _csrf: formToken(form.text), ...validForm({ title: 'Tajni sastanak drugih' }), invitedOrganizationIds: [other.id] })).headers.location,
    );

    const member = await signedIn(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor }));
    const list = await member.get('/meetings').expect(200);
    expect(list.text).toContain('Sastanak za PAOR');
    expect(list.text).not.toContain('Tajni sastanak drugih');
    expect(list.text).not.toContain('id="new-meeting"');
    const own = await member.get(`/meetings/${invited}`).expect(200);
    expect(own.text).toContain('id="answer-YES"');
    expect(own.text).not.toContain('id="edit-meeting"');

    const notTheirs = await member.get(`/meetings/${hidden}`).expect(404);
    expect(notTheirs.text).not.toContain('Tajni sastanak drugih');
    const newForm = await member.get('/meetings/new').expect(403);
    expect(newForm.text).toContain('Ovo mogu samo koordinatorke mreže.');
    expect(newForm.text).not.toContain('name="agendaTitle"');
    await member.get(`/meetings/${invited}/edit`).expect(403);

    const before = await meetingCount();
    const posted = await member.post('/meetings').type('form').send({ _csrf: formToken(own.text), ...validForm() });
    expect(posted.status).toBe(403);
    expect(await meetingCount()).toBe(before);
    await member.post(`/meetings/${invited}/cancel`).type('form').send({ _csrf: formToken(own.text) }).expect(403);
    await member.post(`/meetings/${hidden}/answer`).type('form').send({ _csrf: formToken(own.text), answer: 'YES' }).expect(404);
    const [{ status }] = await t.db.dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [invited]);
    expect(status).toBe('SCHEDULED');
  });

  it('shows upcoming meetings and overdue action items on the dashboard', async () => {
    const coordinator = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    const form = await coordinator.get('/meetings/new').expect(200);
    const id = meetingIdOf((await coordinator.post('/meetings').type('form').send({ _csrf: formToken(form.text), ...validForm({ title: 'Sastanak na pregledu' }) })).headers.location);
    await t.db.dataSource.query(`INSERT INTO meeting_action_items (meeting_id, description, owner_organization_id, due_on, version) VALUES ($1, 'Zakasnelo zaduženje', $2, '2020-01-15', 1)`, [id, paor.id]);
    const dashboard = await coordinator.get('/dashboard').expect(200);
    expect(dashboard.text).toContain('Sastanak na pregledu');
    expect(dashboard.text).toContain('Zakasnelo zaduženje');
    expect(dashboard.text).toMatch(/id="overdue-action-count">[1-9]/);
  });

  it('sends anonymous visitors to sign in, and serves no RSVP page of its own (the mails link to the API app)', async () => {
    const response = await t.http().get('/meetings').expect(303);
    expect(response.headers.location).toBe('/sign-in?next=%2Fmeetings');
    // The RSVP controller is mounted by the API app only: here the path is just another admin page.
    const rsvp = await t.http().get('/meetings/rsvp?token=nonsense').expect(303);
    expect(rsvp.headers.location).toBe('/sign-in?next=%2Fmeetings%2Frsvp%3Ftoken%3Dnonsense');
  });
});
