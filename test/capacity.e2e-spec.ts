import { randomUUID } from 'node:crypto';
import { Organization, OrganizationKind } from '@app/organizations';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const CREATE = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id meetingId } }`;
const RECORD = `query($id: ID!) {
  capacityRecord(organizationId: $id) {
    organizationId trainingsAttended hours personHours peopleTrained certificatesIssued
    hoursByTopicAndYear { year topicCode trainings hours personHours }
    byYear { year trainings hours personHours peopleTrained }
    selfAssessments { period scores { dimensionCode score change } }
  }
}`;
const SUBMIT = `mutation($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { period scores { dimensionCode score change } } }`;

/**
 * A small dataset whose capacity figures are computed by hand below. PAOR's people: Ana (a
 * portal user), Marko and Jovana (named). Marko is written differently in T2, and still counts
 * once. T4 had nobody from PAOR, so it does not count for PAOR.
 *
 *   T1 2023-03-10..11  12 h  VICTIM_IDENTIFICATION + ASSISTANCE_AND_REFERRAL  PAOR: Ana, Marko   Niš: Bojan
 *   T2 2023-10-05       4 h  VICTIM_IDENTIFICATION                            PAOR: Ana, Marko
 *   T3 2024-02-01     6.5 h  DATA_PROTECTION                                  PAOR: Jovana       Niš: Bojan
 *   T4 2024-05-01       3 h  MEDIA_VISIBILITY                                                    Niš: Vesna
 */
describe('capacity building', () => {
  let t: TestApp;
  let paor: Organization;
  let nis: Organization;
  let ana: User;
  let coordinator: GqlOptions;
  let paorAdmin: GqlOptions;
  let paorStaff: GqlOptions;
  let nisStaff: GqlOptions;
  let evaluator: GqlOptions;
  let partner: GqlOptions;
  const training: Record<string, string> = {};

  const create = async (input: Record<string, unknown>, as = coordinator): Promise<string> => {
    const { data, errors } = await t.gql(CREATE, { input }, as);
    if (errors) throw new Error(`createTraining failed in a test: ${JSON.stringify(errors)}`);
    return data.createTraining.id;
  };
  const trainingCount = async () => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM trainings`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    [paor, nis] = [await org('PAOR'), await org('CZD Niš')];
    const astra = await org('ASTRA');
    ana = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor, fullName: 'Ana Petrović' });
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    paorAdmin = await t.as(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor }));
    paorStaff = await t.as(ana);
    nisStaff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: nis }));
    evaluator = await t.as(await t.factory.newUser({ role: Role.EVALUATOR, organization: astra }));
    partner = await t.as(await t.factory.newUser({ role: Role.PARTNER }));

    const named = (fullName: string, organization: Organization, certificateNumber?: string) => ({ fullName, organizationId: organization.id, ...(certificateNumber && { certificateNumber }) });
    training.T1 = await create({
      title: 'Identifikacija žrtava trgovine ljudima',
      startsOn: '2023-03-10',
      endsOn: '2023-03-11',
      hours: 12,
      topicCodes: ['VICTIM_IDENTIFICATION', 'ASSISTANCE_AND_REFERRAL'],
      trainers: [{ fullName: 'Prof. Jelena Ilić' }],
      participants: [{ userId: ana.id, certificateNumber: '2023-001' }, named('Marko Marković', paor, '2023-002'), named('Bojan Bojić', nis)],
    });
    training.T2 = await create({
      title: 'Identifikacija, nastavak',
      startsOn: '2023-10-05',
      hours: 4,
      topicCodes: ['VICTIM_IDENTIFICATION'],
      participants: [{ userId: ana.id }, named('  marko   MARKOVIĆ ', paor)],
    });
    training.T3 = await create({
      title: 'Zaštita podataka o žrtvama',
      startsOn: '2024-02-01',
      hours: 6.5,
      topicCodes: ['DATA_PROTECTION'],
      participants: [named('Jovana Jovanović', paor), named('Bojan Bojić', nis)],
    });
    training.T4 = await create({ title: 'Mediji i trgovina ljudima', startsOn: '2024-05-01', hours: 3, topicCodes: ['MEDIA_VISIBILITY'], participants: [named('Vesna Vesić', nis)] });

    for (const [code, scaleMax, position] of [['GOVERNANCE', 5, 1], ['FUNDRAISING', 5, 2], ['ADVOCACY', 10, 3]] as const) {
      const { errors } = await t.gql(
        `mutation($input: CapacityDimensionInput!) { setCapacityDimension(input: $input) { id } }`,
        { input: { code, nameSr: code, nameEn: code, scaleMin: 1, scaleMax, position } },
        coordinator,
      );
      expect(errors).toBeUndefined();
    }
  });

  afterAll(() => t.close());

  describe('capacity record', () => {
    it("gives an organization's trainings, hours by topic and year, and people trained, each person once", async () => {
      const { data, errors } = await t.gql(RECORD, { id: paor.id }, paorStaff);
      expect(errors).toBeUndefined();
      const { selfAssessments: _, ...figures } = data.capacityRecord;
      expect(figures).toEqual({
        organizationId: paor.id,
        trainingsAttended: 3,
        hours: 22.5, // 12 + 4 + 6.5: each training once
        personHours: 38.5, // 12 × 2 + 4 × 2 + 6.5 × 1
        peopleTrained: 3, // Ana, Marko (twice, spelled differently), Jovana
        certificatesIssued: 2,
        hoursByTopicAndYear: [
          { year: 2023, topicCode: 'VICTIM_IDENTIFICATION', trainings: 2, hours: 16, personHours: 32 },
          { year: 2023, topicCode: 'ASSISTANCE_AND_REFERRAL', trainings: 1, hours: 12, personHours: 24 },
          { year: 2024, topicCode: 'DATA_PROTECTION', trainings: 1, hours: 6.5, personHours: 6.5 },
        ],
        byYear: [
          { year: 2023, trainings: 2, hours: 16, personHours: 32, peopleTrained: 2 },
          { year: 2024, trainings: 1, hours: 6.5, personHours: 6.5, peopleTrained: 1 },
        ],
      });
    });

    it("counts another organization's people only for it: Bojan in two trainings is one person", async () => {
      const { data } = await t.gql(RECORD, { id: nis.id }, coordinator);
      expect(data.capacityRecord).toMatchObject({ trainingsAttended: 3, hours: 21.5, personHours: 21.5, peopleTrained: 2, certificatesIssued: 0 });
    });

    it("hides another organization's record behind NOT_FOUND from a member", async () => {
      const { errors } = await t.gql(RECORD, { id: paor.id }, nisStaff);
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('shows evaluators the figures but no names, and no trainings with participants', async () => {
      const { data, errors } = await t.gql(RECORD, { id: paor.id }, evaluator);
      expect(errors).toBeUndefined();
      expect(data.capacityRecord.peopleTrained).toBe(3);
      expect(JSON.stringify(data)).not.toMatch(/Ana|Marko|Jovana/);
      const refused = await t.gql(`query($id: ID!) { training(id: $id) { participants { fullName } } }`, { id: training.T1 }, evaluator);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses partners', async () => {
      expect((await t.gql(RECORD, { id: paor.id }, partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('trainings', () => {
    it("lists the trainings to members, with names only of their own organization's people", async () => {
      const { data, errors } = await t.gql(
        `query($id: ID!) { training(id: $id) { title hours topics { code } trainers { fullName } participantCount participants { fullName certificateNumber certificateIssuedOn organization { shortName } } } }`,
        { id: training.T1 },
        nisStaff,
      );
      expect(errors).toBeUndefined();
      expect(data.training).toMatchObject({ hours: 12, topics: [{ code: 'VICTIM_IDENTIFICATION' }, { code: 'ASSISTANCE_AND_REFERRAL' }], trainers: [{ fullName: 'Prof. Jelena Ilić' }], participantCount: 3 });
      const names = data.training.participants.map((p: { fullName: string | null; organization: { shortName: string } }) => [p.organization.shortName, p.fullName]);
      expect(names).toEqual(expect.arrayContaining([['CZD Niš', 'Bojan Bojić'], ['PAOR', null], ['PAOR', null]]));
      const own = await t.gql(`query($id: ID!) { training(id: $id) { participants { fullName certificateNumber certificateIssuedOn } } }`, { id: training.T1 }, paorStaff);
      expect(own.data.training.participants).toEqual(
        expect.arrayContaining([
          { fullName: 'Ana Petrović', certificateNumber: '2023-001', certificateIssuedOn: '2023-03-11' },
          { fullName: 'Marko Marković', certificateNumber: '2023-002', certificateIssuedOn: '2023-03-11' },
        ]),
      );
    });

    it('refuses an edit based on a stale version, also when only the participants changed, so no edit is lost', async () => {
      const id = await create({ title: 'Obuka o verzijama', startsOn: '2025-05-06', hours: 3, topicCodes: ['OTHER'] });
      const read = async () => (await t.gql(`query($id: ID!) { training(id: $id) { version hours } }`, { id }, coordinator)).data.training;
      const { version } = await read();
      const update = (input: Record<string, unknown>) => t.gql(`mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { version } }`, { id, input }, coordinator);
      const first = await update({ participants: [{ fullName: 'Vesna Vesić', organizationId: nis.id }], version });
      expect(first.errors).toBeUndefined();
      expect(first.data.updateTraining.version).toBe(version + 1);
      const stale = await update({ hours: 9, version });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(await read()).toEqual({ version: version + 1, hours: 3 });
      expect((await update({ hours: 9, version: version + 1 })).data.updateTraining.version).toBe(version + 2);
    });

    it('filters by the organization that attended, the topic, the year and the meeting', async () => {
      const meetingId = (await t.factory.newMeeting()).id;
      const id = await create({ title: 'Obuka na sastanku mreže', startsOn: '2025-04-02', hours: 2, topicCodes: ['OTHER'], meetingId });
      const ids = async (filter: Record<string, unknown>) =>
        (await t.gql(`query($filter: TrainingsFilter) { trainings(filter: $filter) { edges { node { id } } } }`, { filter }, paorStaff)).data.trainings.edges.map(
          (e: { node: { id: string } }) => e.node.id,
        );
      expect(await ids({ organizationId: paor.id })).toEqual([training.T3, training.T2, training.T1]);
      expect(await ids({ topicCode: 'VICTIM_IDENTIFICATION' })).toEqual([training.T2, training.T1]);
      expect(await ids({ year: 2024 })).toEqual([training.T4, training.T3]);
      expect(await ids({ meetingId })).toEqual([id]);
    });
  });

  describe('certificates', () => {
    const participantOf = async (trainingId: string, fullName: string) =>
      (await t.db.dataSource.query(`SELECT id FROM training_participants WHERE training_id = $1 AND full_name = $2`, [trainingId, fullName]))[0].id as string;
    const ISSUE = `mutation($id: ID!, $number: String!) { issueTrainingCertificate(participantId: $id, number: $number, issuedOn: "2024-02-02") { id } }`;

    it('refuses a certificate number already given in the same training with CONFLICT', async () => {
      const { errors } = await t.gql(ISSUE, { id: await participantOf(training.T1, 'Bojan Bojić'), number: '2023-001' }, coordinator);
      expect(errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(errors?.[0].extensions?.reason).toBe('CERTIFICATE_NUMBER_TAKEN');
    });

    it('allows the same number in another training', async () => {
      const { errors } = await t.gql(ISSUE, { id: await participantOf(training.T3, 'Bojan Bojić'), number: '2023-001' }, coordinator);
      expect(errors).toBeUndefined();
    });

    it('refuses two participants with one number in one input, saving nothing', async () => {
      const before = await trainingCount();
      const { errors } = await t.gql(
        CREATE,
        {
          input: {
            title: 'Obuka',
            startsOn: '2024-09-01',
            hours: 2,
            topicCodes: ['OTHER'],
            participants: [
              { fullName: 'Ivana Ivić', organizationId: paor.id, certificateNumber: 'X-1' },
              { fullName: 'Petar Perić', organizationId: paor.id, certificateNumber: 'X-1' },
            ],
          },
        },
        coordinator,
      );
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['participants.1.certificateNumber']);
      expect(await trainingCount()).toBe(before);
    });
  });

  describe('bad input', () => {
    const valid = () => ({ title: 'Obuka', startsOn: '2024-09-01', hours: 2, topicCodes: ['OTHER'] });
    it.each([
      ['no hours', () => ({ hours: 0 }), 'hours'],
      ['more than 200 hours', () => ({ hours: 200.5 }), 'hours'],
      ['an unknown topic', () => ({ topicCodes: ['COOKING'] }), 'topicCodes'],
      ['no topic', () => ({ topicCodes: [] }), 'topicCodes'],
      ['an end before the start', () => ({ endsOn: '2024-08-31' }), 'endsOn'],
      ['a participant both as a user and as a named person', () => ({ participants: [{ userId: ana.id, fullName: 'Ana Petrović', organizationId: paor.id }] }), 'participants.0'],
      ['a user listed again by name', () => ({ participants: [{ userId: ana.id }, { fullName: 'ana petrović', organizationId: paor.id }] }), 'participants.1.fullName'],
      ['a named person without an organization', () => ({ participants: [{ fullName: 'Ivana Ivić' }] }), 'participants.0.organizationId'],
      ['an unknown user', () => ({ participants: [{ userId: randomUUID() }] }), 'participants.0.userId'],
      ['an oversized title', () => ({ title: 'x'.repeat(201) }), 'title'],
      ['an oversized name', () => ({ participants: [{ fullName: 'x'.repeat(121), organizationId: paor.id }] }), 'participants.0.fullName'],
    ])('refuses %s, naming the field, and saves nothing', async (_, overrides, field) => {
      const before = await trainingCount();
      const { errors } = await t.gql(CREATE, { input: { ...valid(), ...overrides() } }, coordinator);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await trainingCount()).toBe(before);
    });
  });

  describe('self-assessment', () => {
    const submit = (period: string, scores: [string, number][], as = paorAdmin) =>
      t.gql(SUBMIT, { input: { period, scores: scores.map(([dimensionCode, score]) => ({ dimensionCode, score })) } }, as);

    it('shows the change of each dimension from the previous period that rated it', async () => {
      for (const [period, scores] of [
        ['2022', [['GOVERNANCE', 2], ['FUNDRAISING', 1]]],
        ['2023', [['GOVERNANCE', 1]]],
        ['2024', [['GOVERNANCE', 5], ['ADVOCACY', 4]]],
      ] as [string, [string, number][]][]) {
        expect((await submit(period, scores)).errors).toBeUndefined();
      }
      // Submitting a period again replaces it.
      const again = await submit('2023', [['GOVERNANCE', 3], ['FUNDRAISING', 1], ['ADVOCACY', 6]]);
      expect(again.data.submitSelfAssessment.scores).toEqual([
        { dimensionCode: 'GOVERNANCE', score: 3, change: 1 },
        { dimensionCode: 'FUNDRAISING', score: 1, change: 0 },
        { dimensionCode: 'ADVOCACY', score: 6, change: null },
      ]);

      const { data } = await t.gql(RECORD, { id: paor.id }, evaluator);
      expect(data.capacityRecord.selfAssessments).toEqual([
        { period: '2022', scores: [{ dimensionCode: 'GOVERNANCE', score: 2, change: null }, { dimensionCode: 'FUNDRAISING', score: 1, change: null }] },
        {
          period: '2023',
          scores: [
            { dimensionCode: 'GOVERNANCE', score: 3, change: 1 },
            { dimensionCode: 'FUNDRAISING', score: 1, change: 0 },
            { dimensionCode: 'ADVOCACY', score: 6, change: null },
          ],
        },
        { period: '2024', scores: [{ dimensionCode: 'GOVERNANCE', score: 5, change: 2 }, { dimensionCode: 'ADVOCACY', score: 4, change: -2 }] },
      ]);
    });

    it.each([
      ['a score outside the scale', '2025', [['GOVERNANCE', 6]], 'scores.0.score'],
      ['a score below the scale', '2025', [['ADVOCACY', 0]], 'scores.0.score'],
      ['an unknown dimension', '2025', [['HAPPINESS', 3]], 'scores.0.dimensionCode'],
      ['a dimension rated twice', '2025', [['GOVERNANCE', 3], ['GOVERNANCE', 4]], 'scores.1.dimensionCode'],
      ['a period that is not one', '2025-13', [['GOVERNANCE', 3]], 'period'],
    ] as [string, string, [string, number][], string][])('refuses %s, naming the field, and saves nothing', async (_, period, scores, field) => {
      const { errors } = await submit(period, scores);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await t.db.dataSource.query(`SELECT 1 FROM capacity_self_assessments WHERE period LIKE '2025%'`)).toEqual([]);
    });

    it("refuses a member admin another organization's self-assessment with NOT_FOUND, and staff with FORBIDDEN", async () => {
      const other = await t.gql(SUBMIT, { input: { organizationId: nis.id, period: '2025', scores: [{ dimensionCode: 'GOVERNANCE', score: 3 }] } }, paorAdmin);
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await submit('2025', [['GOVERNANCE', 3]], paorStaff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses to narrow a scale below scores already given', async () => {
      const { errors } = await t.gql(
        `mutation { setCapacityDimension(input: { code: "ADVOCACY", nameSr: "Zagovaranje", nameEn: "Advocacy", scaleMin: 1, scaleMax: 5 }) { id } }`,
        {},
        coordinator,
      );
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['scaleMin']);
    });
  });

  describe('network meetings', () => {
    const gqlOk = async (query: string, variables: Record<string, unknown>) => {
      const { data, errors } = await t.gql(query, variables, coordinator);
      if (errors) throw new Error(`failed in a test: ${JSON.stringify(errors)}`);
      return data;
    };
    const day = new Date(Date.now() + 30 * 86_400_000);
    const startsOn = day.toISOString().slice(0, 10);
    const newMeeting = async () =>
      (
        await gqlOk(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
          input: { title: 'Sastanak mreže', kind: 'NETWORK_MEETING', startsAt: `${startsOn}T08:00:00Z`, endsAt: `${startsOn}T14:00:00Z`, city: 'Beograd' },
        })
      ).createMeeting.id as string;
    const attend = (id: string, attendees: Record<string, unknown>[]) =>
      gqlOk(`mutation($id: ID!, $attendees: [AttendeeInput!]!) { setMeetingAttendance(id: $id, attendees: $attendees) { id } }`, { id, attendees });

    it("shows a meeting's training in each attending organization's record by topic; one without attendance or cancelled counts nothing", async () => {
      const [a, b] = [await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER }), await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER })];
      const [held, unrecorded, cancelled] = [await newMeeting(), await newMeeting(), await newMeeting()];
      for (const meetingId of [held, unrecorded, cancelled]) await create({ title: 'Saradnja sa institucijama', startsOn, hours: 5, topicCodes: ['INSTITUTIONAL_COOPERATION'], meetingId });
      await attend(held, [{ fullName: 'Ana A.', organizationId: a.id }, { fullName: 'Bora B.', organizationId: a.id }, { fullName: 'Vera V.', organizationId: b.id }]);
      await attend(cancelled, [{ fullName: 'Ana A.', organizationId: a.id }]);
      await gqlOk(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: cancelled });

      const year = day.getUTCFullYear();
      const record = async (id: string) => (await gqlOk(RECORD, { id })).capacityRecord;
      expect(await record(a.id)).toMatchObject({ trainingsAttended: 1, hours: 5, personHours: 10, hoursByTopicAndYear: [{ year, topicCode: 'INSTITUTIONAL_COOPERATION', trainings: 1, hours: 5, personHours: 10 }] });
      expect(await record(b.id)).toMatchObject({ trainingsAttended: 1, hours: 5, personHours: 5 });
    });

    it('refuses a training on a meeting that does not exist, naming meetingId', async () => {
      const { errors } = await t.gql(CREATE, { input: { title: 'Obuka', startsOn: '2025-01-01', hours: 1, topicCodes: ['OTHER'], meetingId: randomUUID() } }, coordinator);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'meetingId' })] });
    });
  });
});
