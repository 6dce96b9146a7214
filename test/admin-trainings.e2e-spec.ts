import { Actor, Role } from '@app/policy';
import { TrainingsService } from '@app/capacity';
import { Organization } from '@app/organizations';
import { User } from '@app/users';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';

const formToken = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];
const asActor = (user: User): Actor => ({ id: user.id, organizationId: user.organizationId, role: user.role });

describe('admin app: trainings and capacity', () => {
  let t: TestApp;
  let astra: Organization;
  let paor: Organization;
  let nis: Organization;
  let coordinator: User;
  let paorAdmin: User;

  beforeAll(async () => {
    t = await startTestApp('admin');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    [astra, paor, nis] = [await org('ASTRA'), await org('PAOR'), await org('CZD Niš')];
    coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra });
    paorAdmin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor });
  });

  afterAll(() => t.close());

  const signedIn = async (user: { email: string }) => {
    const agent = t.agent();
    const form = await agent.get('/sign-in').expect(200);
    await agent.post('/sign-in').type('form').send({ _csrf: formToken(form.text), email: user.email, password: DEFAULT_PASSWORD }).expect(303);
    return agent;
  };
  const count = async (table: string) => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('records a training from the form, with topics, trainers, participants and a certificate, and lists it', async () => {
    const agent = await signedIn(coordinator);
    const form = await agent.get('/trainings/new?lang=en').expect(200);
    expect(form.text).toContain('name="participants.2.fullName"');
    const response = await agent.post('/trainings?lang=en').type('form').send({
      _csrf: formToken(form.text),
      rows: '3',
      title: 'Identifikacija žrtava u praksi',
      startsOn: '2024-04-10',
      endsOn: '2024-04-11',
      hours: '6,5',
      city: 'Pančevo',
      topicCodes: ['VICTIM_IDENTIFICATION', 'DATA_PROTECTION'],
      trainers: 'Prof. Jelena Ilić\nMarko Predavač',
      'participants.0.fullName': 'Milica Milić',
      'participants.0.organizationId': paor.id,
      'participants.0.certificateNumber': 'AT-2024-001',
      'participants.1.fullName': '',
      'participants.2.fullName': 'Bojan Bojić',
      'participants.2.organizationId': nis.id,
    });
    expect(response.status).toBe(303);
    const id = /^\/trainings\/([0-9a-f-]{36})\?done=created$/.exec(response.headers.location)![1];
    const [training] = await t.db.dataSource.query(`SELECT title, hours, starts_on::text, ends_on::text FROM trainings WHERE id = $1`, [id]);
    expect(training).toEqual({ title: 'Identifikacija žrtava u praksi', hours: '6.50', starts_on: '2024-04-10', ends_on: '2024-04-11' });
    const participants = await t.db.dataSource.query(
      `SELECT full_name, organization_id, certificate_number, certificate_issued_on::text AS issued FROM training_participants WHERE training_id = $1 ORDER BY full_name`,
      [id],
    );
    expect(participants).toEqual([
      { full_name: 'Bojan Bojić', organization_id: nis.id, certificate_number: null, issued: null },
      { full_name: 'Milica Milić', organization_id: paor.id, certificate_number: 'AT-2024-001', issued: '2024-04-11' },
    ]);
    expect(await t.db.dataSource.query(`SELECT full_name FROM training_trainers WHERE training_id = $1 ORDER BY full_name`, [id])).toEqual([
      { full_name: 'Marko Predavač' },
      { full_name: 'Prof. Jelena Ilić' },
    ]);

    const page = await agent.get(response.headers.location).expect(200);
    expect(page.text).toContain('The training was saved.');
    expect(page.text).toContain('Milica Milić');
    expect(page.text).toContain('AT-2024-001');
    expect(page.text).toContain('<strong id="hours">6.5</strong>');
    const list = await agent.get('/trainings?year=2024&lang=sr').expect(200);
    expect(list.text).toContain(`data-training="${id}"`);
    expect(list.text).toContain('6,5');
    expect(list.text).toContain('Identifikacija žrtava, Zaštita podataka');
    expect((await agent.get('/trainings?year=2023').expect(200)).text).not.toContain(`data-training="${id}"`);

    // A certificate given afterwards, from the training's page.
    const bojan = await t.db.dataSource.query(`SELECT id FROM training_participants WHERE training_id = $1 AND full_name = 'Bojan Bojić'`, [id]);
    const given = await agent.post(`/trainings/${id}/participants/${bojan[0].id}/certificate`).type('form').send({ _csrf: formToken(page.text), number: 'AT-2024-002', issuedOn: '2024-04-12' });
    expect(given.status).toBe(303);
    const duplicate = await agent.post(`/trainings/${id}/participants/${bojan[0].id}/certificate?lang=en`).type('form').send({ _csrf: formToken(page.text), number: 'AT-2024-001', issuedOn: '2024-04-12' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.text).toMatch(/data-error-for="number">Another participant of this training has this certificate number/);
    const [{ certificate_number }] = await t.db.dataSource.query(`SELECT certificate_number FROM training_participants WHERE id = $1`, [bojan[0].id]);
    expect(certificate_number).toBe('AT-2024-002');

    // Edited: the title changes, the participants and their certificates stay.
    const edit = await agent.get(`/trainings/${id}/edit`).expect(200);
    expect(edit.text).toContain('value="AT-2024-002"');
    const fields = Object.fromEntries([...edit.text.matchAll(/name="(participants\.\d+\.[a-zA-Z]+)" value="([^"]*)"/g)].map(([, name, value]) => [name, value.replace(/&#x3D;/g, '=')]));
    const organizations = Object.fromEntries(
      [...edit.text.matchAll(/name="(participants\.\d+\.organizationId)"[^>]*>(?:(?!<\/select>).)*?<option value="([^"]+)" selected>/gs)].map(([, name, value]) => [name, value]),
    );
    const version = /name="version" value="(\d+)"/.exec(edit.text)![1];
    const updated = await agent.post(`/trainings/${id}`).type('form').send({
      _csrf: formToken(edit.text),
      rows: /name="rows" value="(\d+)"/.exec(edit.text)![1],
      version,
      originalTrainers: 'Marko Predavač\nProf. Jelena Ilić',
      trainers: 'Marko Predavač\nProf. Jelena Ilić',
      title: 'Identifikacija žrtava u praksi (II)',
      startsOn: '2024-04-10',
      endsOn: '2024-04-11',
      hours: '6.5',
      city: 'Pančevo',
      topicCodes: ['VICTIM_IDENTIFICATION', 'DATA_PROTECTION'],
      ...fields,
      ...organizations,
    });
    expect(updated.status).toBe(303);
    expect(await t.db.dataSource.query(`SELECT full_name, certificate_number FROM training_participants WHERE training_id = $1 ORDER BY full_name`, [id])).toEqual([
      { full_name: 'Bojan Bojić', certificate_number: 'AT-2024-002' },
      { full_name: 'Milica Milić', certificate_number: 'AT-2024-001' },
    ]);
    expect((await t.db.dataSource.query(`SELECT title FROM trainings WHERE id = $1`, [id]))[0].title).toBe('Identifikacija žrtava u praksi (II)');

    // A second tab still holding the form as it was opened: its save would undo the one above.
    const stale = await agent.post(`/trainings/${id}?lang=en`).type('form').send({
      _csrf: formToken(edit.text),
      rows: '0',
      version,
      originalTrainers: 'Marko Predavač\nProf. Jelena Ilić',
      trainers: 'Marko Predavač\nProf. Jelena Ilić',
      title: 'Stari naslov iz druge kartice',
      startsOn: '2024-04-10',
      endsOn: '2024-04-11',
      hours: '6.5',
      topicCodes: ['VICTIM_IDENTIFICATION'],
    });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Someone saved this training in the meantime');
    expect(stale.text).toContain('value="Stari naslov iz druge kartice"');
    expect((await t.db.dataSource.query(`SELECT title FROM trainings WHERE id = $1`, [id]))[0].title).toBe('Identifikacija žrtava u praksi (II)');
  });

  it('rejects a bad training form with every error next to its field, keeps what was typed and saves nothing', async () => {
    const agent = await signedIn(coordinator);
    const form = await agent.get('/trainings/new?lang=en').expect(200);
    const [trainings, participants] = [await count('trainings'), await count('training_participants')];
    const response = await agent.post('/trainings?lang=en').type('form').send({
      _csrf: formToken(form.text),
      rows: '3',
      title: 'Obuka bez teme',
      startsOn: '2024-05-10',
      endsOn: '2024-05-01',
      hours: 'mnogo',
      'participants.0.fullName': 'Ana Anić',
      'participants.1.fullName': 'Bez Organizacije',
      'participants.2.fullName': 'Ana Anić',
      'participants.2.organizationId': paor.id,
      'participants.0.organizationId': paor.id,
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Nothing was saved');
    expect(response.text).toMatch(/data-error-for="hours">Hours: more than 0 and at most 200/);
    expect(response.text).toMatch(/data-error-for="topicCodes">Choose at least one topic/);
    expect(response.text).toContain('value="Obuka bez teme"');
    expect(response.text).toContain('value="mnogo"');
    expect(response.text).toContain('value="Bez Organizacije"');
    expect(await count('trainings')).toBe(trainings);
    expect(await count('training_participants')).toBe(participants);

    // With the fields valid, the service's own checks show on their rows: the end before the start, a missing organization, a person twice.
    const second = await agent.post('/trainings?lang=en').type('form').send({
      _csrf: formToken(form.text),
      rows: '3',
      title: 'Obuka sa greškama',
      startsOn: '2024-05-10',
      endsOn: '2024-05-01',
      hours: '3',
      topicCodes: 'OTHER',
      'participants.0.fullName': 'Ana Anić',
      'participants.0.organizationId': paor.id,
      'participants.1.fullName': 'Bez Organizacije',
      'participants.2.fullName': 'ana  anić',
      'participants.2.organizationId': paor.id,
    });
    expect(second.status).toBe(400);
    expect(second.text).toMatch(/data-error-for="endsOn">The end cannot be before the start/);
    expect(await count('trainings')).toBe(trainings);
    const third = await agent.post('/trainings?lang=en').type('form').send({
      _csrf: formToken(form.text),
      rows: '3',
      title: 'Obuka sa greškama',
      startsOn: '2024-05-10',
      hours: '3',
      topicCodes: 'OTHER',
      'participants.0.fullName': 'Ana Anić',
      'participants.0.organizationId': paor.id,
      'participants.1.fullName': 'Bez Organizacije',
      'participants.2.fullName': 'ana  anić',
      'participants.2.organizationId': paor.id,
    });
    expect(third.status).toBe(400);
    expect(third.text).toMatch(/data-error-for="participants.1.organizationId">Choose the organization/);
    expect(third.text).toMatch(/data-error-for="participants.2">This person is already listed/);
    expect(third.text).not.toMatch(/data-error-for="participants.0/);
    expect(await count('trainings')).toBe(trainings);
    expect(await count('training_participants')).toBe(participants);
  });

  it("refuses the forms to a member organization's admin and shows only their own organization's participants by name", async () => {
    const training = await t.app.get(TrainingsService).create(asActor(coordinator), {
      title: 'Saradnja sa centrima za socijalni rad',
      startsOn: '2024-06-01',
      hours: 4,
      topicCodes: ['INSTITUTIONAL_COOPERATION'],
      participants: [
        { fullName: 'Paorka Vidljiva', organizationId: paor.id, certificateNumber: 'S-1' },
        { fullName: 'Nišlijka Skrivena', organizationId: nis.id, certificateNumber: 'S-2' },
      ],
    });
    const agent = await signedIn(paorAdmin);
    const page = await agent.get(`/trainings/${training.id}`).expect(200);
    expect(page.text).toContain('Paorka Vidljiva');
    expect(page.text).toContain('S-1');
    expect(page.text).not.toContain('Nišlijka Skrivena');
    expect(page.text).not.toContain('S-2');
    expect(page.text).not.toContain('/edit');
    await agent.get('/trainings/new').expect(403);
    const before = await count('trainings');
    const posted = await agent.post('/trainings').type('form').send({ _csrf: formToken(page.text), rows: '0', title: 'Ne sme', startsOn: '2024-01-01', hours: '1', topicCodes: 'OTHER' });
    expect(posted.status).toBe(403);
    expect(await count('trainings')).toBe(before);
  });

  it('shows an organization its hours by topic and year, people trained and certificates', async () => {
    const small = await t.factory.newOrganization({ shortName: 'Mala Org', kind: 'AT_NETWORK_MEMBER' as Organization['kind'], country: 'RS', city: 'Vršac' });
    const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: small });
    const trainings = t.app.get(TrainingsService);
    const actor = asActor(coordinator);
    const person = (fullName: string, certificateNumber?: string) => ({ fullName, organizationId: small.id, ...(certificateNumber && { certificateNumber }) });
    // 2023: 12 h on two topics (Ana, Marko); 2023: 4 h identification (Ana); 2024: 6.5 h data protection (Jovana). Someone else's training does not count.
    await trainings.create(actor, { title: 'T1', startsOn: '2023-03-10', endsOn: '2023-03-11', hours: 12, topicCodes: ['VICTIM_IDENTIFICATION', 'ASSISTANCE_AND_REFERRAL'], participants: [person('Ana Anić', 'C-1'), person('Marko Marković')] });
    await trainings.create(actor, { title: 'T2', startsOn: '2023-10-05', hours: 4, topicCodes: ['VICTIM_IDENTIFICATION'], participants: [person('ana anić')] });
    await trainings.create(actor, { title: 'T3', startsOn: '2024-02-01', hours: 6.5, topicCodes: ['DATA_PROTECTION'], participants: [person('Jovana Jovanović', 'C-2')] });
    await trainings.create(actor, { title: 'T4', startsOn: '2024-05-01', hours: 3, topicCodes: ['MEDIA_VISIBILITY'], participants: [{ fullName: 'Neko Drugi', organizationId: nis.id }] });

    const agent = await signedIn(admin);
    const page = await agent.get(`/organizations/${small.id}/capacity`).expect(200);
    const cell = (topic: string, year: number) => new RegExp(`data-topic="${topic}">.*?data-year="${year}">([^<]+)<`).exec(page.text)![1];
    expect(cell('VICTIM_IDENTIFICATION', 2023)).toBe('16');
    expect(cell('VICTIM_IDENTIFICATION', 2024)).toBe('–');
    expect(cell('ASSISTANCE_AND_REFERRAL', 2023)).toBe('12');
    expect(cell('DATA_PROTECTION', 2024)).toBe('6,5');
    expect(page.text).not.toContain('data-topic="MEDIA_VISIBILITY"');
    const total = (id: string) => new RegExp(`id="total-${id}"><strong>([^<]+)</strong>`).exec(page.text)![1];
    expect(total('trainings')).toBe('3');
    expect(total('hours')).toBe('22,5');
    expect(total('person-hours')).toBe('34,5');
    expect(total('people')).toBe('3');
    expect(total('certificates')).toBe('2');
    expect(page.text).not.toContain('Ana Anić');
    expect(page.text).not.toContain('Jovana');

    const english = await agent.get(`/organizations/${small.id}/capacity?lang=en`).expect(200);
    expect(english.text).toContain('Hours by topic and year');
    expect(english.text).toMatch(/data-topic="DATA_PROTECTION">.*?data-year="2024">6\.5</);

    const own = await agent.get('/capacity').expect(303);
    expect(own.headers.location).toBe(`/organizations/${small.id}/capacity`);
  });
});
