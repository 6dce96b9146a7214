import { ActivityStatus } from '@app/activities';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id status version } }`;
const DETAIL = `query($id: ID!) {
  activity(id: $id) {
    id title type status version startsOn endsOn city targetGroups participantsTotal mediaOutlets mediaAudience reviewComment
    organization { shortName } coOrganizers { shortName } goals { code }
    participants { gender count ageBand { code } } institutions { kind name } indicatorValues { indicatorId value } attachments { url title }
    history { action actorUserId actorName changedFields }
  }
}`;

describe('prevention activities', () => {
  let t: TestApp;
  let paor: Organization;
  let nis: Organization;
  let lsi: Organization;
  let staff: GqlOptions;
  let otherStaff: GqlOptions;
  let coordinator: GqlOptions;
  let evaluator: GqlOptions;
  let partner: GqlOptions;
  let goalIds: string[];
  let indicatorId: string;
  const staffName = 'Milica Radionica';
  const coordinatorName = 'Ana Koordinatorka';

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    [paor, nis, lsi] = [await org('PAOR'), await org('CZD Niš'), await org('LSI')];
    staff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor, fullName: staffName }));
    otherStaff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: nis }));
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA'), fullName: coordinatorName }));
    evaluator = await t.as(await t.factory.newUser({ role: Role.EVALUATOR, organization: await org('ASTRA') }));
    partner = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: lsi }));
    goalIds = (await t.db.dataSource.query(`SELECT g.id FROM strategic_goals g JOIN strategy_periods p ON p.id = g.period_id WHERE p.code = '2021-2024' ORDER BY g.position`)).map((g: { id: string }) => g.id);
    [{ id: indicatorId }] = await t.db.dataSource.query(
      `INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit, target) VALUES ($1, '1.1', 1, 'Broj mladih', 'Young people reached', 'persons', 5000) RETURNING id`,
      [goalIds[0]],
    );
  });

  afterAll(() => t.close());

  const workshop = (overrides: Record<string, unknown> = {}) => ({
    type: 'YOUTH_WORKSHOP',
    title: 'Radionica o bezbednom zapošljavanju u inostranstvu',
    description: 'Radionica za srednjoškolce u Čačku',
    startsOn: '2024-03-14',
    endsOn: '2024-03-15',
    city: 'Čačak',
    targetGroups: ['PUPILS', 'YOUNG_PEOPLE'],
    participantsTotal: 25,
    participants: [
      { gender: 'FEMALE', ageBand: '15_17', count: 14 },
      { gender: 'MALE', ageBand: '15_17', count: 10 },
      { gender: 'OTHER_UNKNOWN', ageBand: '18_29', count: 1 },
    ],
    institutions: [{ kind: 'SCHOOL', name: 'Gimnazija Čačak' }],
    goalIds: [goalIds[0], goalIds[3]],
    indicatorValues: [{ indicatorId, value: 25 }],
    coOrganizerIds: [nis.id],
    attachments: [{ url: 'https://example.org/foto', title: 'Fotografije' }],
    ...overrides,
  });

  const create = async (as: GqlOptions, overrides: Record<string, unknown> = {}) => {
    const { data, errors } = await t.gql(CREATE, { input: workshop(overrides) }, as);
    if (errors) throw new Error(JSON.stringify(errors));
    return data.createActivity as { id: string; version: number };
  };
  const detail = async (id: string, as: GqlOptions) => (await t.gql(DETAIL, { id }, as)).data?.activity;
  /** Ids of the activities someone sees in the list, or the error code they get. */
  const ids = async (as: GqlOptions, filter: Record<string, unknown> = {}) => {
    const { data, errors } = await t.gql(`query($filter: ActivitiesFilter) { activities(first: 100, filter: $filter) { edges { node { id } } } }`, { filter }, as);
    if (errors) return errors[0].extensions?.code;
    return data.activities.edges.map((e: { node: { id: string } }) => e.node.id);
  };
  const count = async () => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM activities`))[0].n;

  describe('logging', () => {
    it('records a workshop with everything it reached, as a draft of the organization', async () => {
      const { id } = await create(staff);
      const activity = await detail(id, staff);
      expect(activity).toMatchObject({
        status: 'DRAFT',
        version: 1,
        organization: { shortName: 'PAOR' },
        coOrganizers: [{ shortName: 'CZD Niš' }],
        goals: [{ code: '1' }, { code: '4' }],
        city: 'Čačak',
        targetGroups: ['PUPILS', 'YOUNG_PEOPLE'],
        participantsTotal: 25,
        institutions: [{ kind: 'SCHOOL', name: 'Gimnazija Čačak' }],
        indicatorValues: [{ indicatorId, value: 25 }],
        attachments: [{ url: 'https://example.org/foto', title: 'Fotografije' }],
      });
      expect(activity.participants).toHaveLength(3);
      expect(activity.participants).toContainEqual({ gender: 'FEMALE', count: 14, ageBand: { code: '15_17' } });
      expect(activity.history).toEqual([expect.objectContaining({ action: 'ENTITY_CREATED' })]);
    });

    it.each([
      ['an end before the start', () => ({ endsOn: '2024-03-01' }), 'endsOn'],
      ['a negative count', () => ({ participants: [{ gender: 'FEMALE', ageBand: '15_17', count: -1 }], participantsTotal: null }), 'participants.0.count'],
      ['counts that do not add up to the total', () => ({ participantsTotal: 30 }), 'participantsTotal'],
      ['an unknown age band', () => ({ participants: [{ gender: 'MALE', ageBand: '40_50', count: 3 }], participantsTotal: 3 }), 'participants.0.ageBand'],
      ['a goal of another plan period', () => ({ startsOn: '2025-02-01', endsOn: '2025-02-01' }), 'goalIds'],
      ['a co-organizer that is not a member', () => ({ coOrganizerIds: [lsi.id] }), 'coOrganizerIds'],
      ['the lead organization as co-organizer', () => ({ coOrganizerIds: [paor.id] }), 'coOrganizerIds'],
      ['an indicator of a goal the activity does not serve', () => ({ goalIds: [goalIds[1]] }), 'indicatorValues.0.indicatorId'],
    ])('refuses %s, naming the field, and saves nothing', async (_, overrides, field) => {
      const before = await count();
      const { errors } = await t.gql(CREATE, { input: workshop(overrides()) }, staff);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('refuses an unknown type as invalid GraphQL', async () => {
      const { status, errors } = await t.gql(CREATE, { input: workshop({ type: 'PICNIC' }) }, staff);
      expect(status).toBe(400);
      expect(errors?.[0].message).toMatch(/PICNIC/);
    });
  });

  describe('dates', () => {
    it('takes and gives calendar days as the Date scalar, YYYY-MM-DD, and refuses a day that does not exist with BAD_USER_INPUT naming the field', async () => {
      const { id } = await create(staff, { startsOn: '2024-02-29', endsOn: '2024-03-01' });
      expect(await detail(id, staff)).toMatchObject({ startsOn: '2024-02-29', endsOn: '2024-03-01' });
      const [before] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM activities`);

      const variable = await t.gql(CREATE, { input: workshop({ startsOn: '2023-02-29' }) }, staff);
      expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.errors?.[0].message).toContain('input.startsOn');
      expect(variable.errors?.[0].message).toContain('not a day of the calendar');

      const literal = await t.gql(`mutation { createActivity(input: { type: YOUTH_WORKSHOP, title: "Radionica", startsOn: "14.3.2024.", city: "Čačak", targetGroups: [PUPILS] }) { id } }`, {}, staff);
      expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'startsOn', reason: expect.stringContaining('YYYY-MM-DD') }] });

      const filtered = await t.gql(`query { activities(filter: { from: "2024-13-01" }) { edges { node { id } } } }`, {}, staff);
      expect(filtered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from' }] });
      expect(await t.db.dataSource.query(`SELECT count(*)::int AS count FROM activities`)).toEqual([before]);
    });
  });

  describe('translated names', () => {
    it('gives an age band its name in the reader’s language, with nameSr and nameEn, and keeps the old labelSr and labelEn working', async () => {
      const { data, errors } = await t.gql(`{ ageBands { code name nameSr nameEn labelSr labelEn english: name(language: EN) } }`, {}, { ...staff, headers: { ...staff.headers, 'accept-language': 'sr' } });
      expect(errors).toBeUndefined();
      type Band = Record<'code' | 'name' | 'nameSr' | 'nameEn' | 'labelSr' | 'labelEn' | 'english', string>;
      for (const band of data.ageBands as Band[]) {
        expect(band).toEqual({ ...band, nameSr: band.labelSr, nameEn: band.labelEn, name: band.labelSr, english: band.labelEn });
      }
      expect((data.ageBands as Band[]).some((band) => band.name !== band.english)).toBe(true);
    });
  });

  describe('sending a new activity again (offline clients)', () => {
    it('creates one activity per idempotency key, however often it is sent', async () => {
      const clientRequestId = '3f0c6a9e-2b1d-4c8e-9a57-0d6e1f2a3b4c';
      const first = await t.gql(CREATE, { input: { ...workshop(), clientRequestId } }, staff);
      expect(first.errors).toBeUndefined();
      const again = await Promise.all([1, 2, 3].map(() => t.gql(CREATE, { input: { ...workshop(), clientRequestId } }, staff)));
      expect(again.map((r) => r.data?.createActivity.id)).toEqual([first.data.createActivity.id, first.data.createActivity.id, first.data.createActivity.id]);
      const [{ count }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM activities WHERE client_request_id = $1`, [clientRequestId]);
      expect(count).toBe(1);
    });

    it('keeps one person’s keys apart from another’s', async () => {
      const clientRequestId = '9d1e2f3a-4b5c-4d6e-8f70-1a2b3c4d5e6f';
      const mine = await t.gql(CREATE, { input: { ...workshop(), clientRequestId } }, staff);
      const theirs = await t.gql(CREATE, { input: { ...workshop({ coOrganizerIds: [] }), clientRequestId } }, otherStaff);
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data.createActivity.id).not.toBe(mine.data.createActivity.id);
    });

    it('refuses a key that is not a UUID, naming the field', async () => {
      const { errors } = await t.gql(CREATE, { input: { ...workshop(), clientRequestId: 'abc' } }, staff);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'clientRequestId', reason: 'clientRequestId must be a UUID' }] });
    });
  });

  describe('review', () => {
    it('goes DRAFT → SUBMITTED → APPROVED, after which members cannot edit it but a coordinator can reopen it', async () => {
      const { id } = await create(staff);
      expect((await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { status } }`, { id }, staff)).data.submitActivity.status).toBe('SUBMITTED');
      expect((await t.gql(`mutation($id: ID!) { approveActivity(id: $id) { status } }`, { id }, coordinator)).data.approveActivity.status).toBe('APPROVED');

      const version = (await detail(id, staff)).version;
      const edit = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { title: "Promenjen naslov", version: $v }) { id } }`, { id, v: version }, staff);
      expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_EDITABLE' });

      const reopened = await t.gql(`mutation($id: ID!) { reopenActivity(id: $id, comment: "Ispravite datum") { status reviewComment } }`, { id }, coordinator);
      expect(reopened.data.reopenActivity).toEqual({ status: 'DRAFT', reviewComment: 'Ispravite datum' });
      const v2 = (await detail(id, staff)).version;
      expect((await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { startsOn: "2024-03-13", version: $v }) { startsOn } }`, { id, v: v2 }, staff)).data.updateActivity).toEqual({ startsOn: '2024-03-13' });

      const history = (await detail(id, staff)).history.map((h: { action: string }) => h.action);
      expect(history).toEqual(['ENTITY_UPDATED', 'ACTIVITY_REOPENED', 'ACTIVITY_APPROVED', 'ACTIVITY_SUBMITTED', 'ENTITY_CREATED']);
      expect((await detail(id, staff)).history[0].changedFields).toEqual(['startsOn']);
      // Who did each step, by name: the member who submitted it, the coordinator who approved it.
      const byAction = Object.fromEntries((await detail(id, staff)).history.map((h: { action: string; actorName: string }) => [h.action, h.actorName]));
      expect(byAction.ACTIVITY_SUBMITTED).toBe(staffName);
      expect(byAction.ACTIVITY_APPROVED).toBe(coordinatorName);
    });

    it('returns a submitted activity with the comment, to be edited and submitted again', async () => {
      const { id } = await create(staff);
      await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id }, staff);
      const returned = await t.gql(`mutation($id: ID!) { returnActivity(id: $id, comment: "Dodajte broj učesnika po polu") { status reviewComment } }`, { id }, coordinator);
      expect(returned.data.returnActivity).toEqual({ status: 'RETURNED', reviewComment: 'Dodajte broj učesnika po polu' });
      expect((await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { status } }`, { id }, staff)).data.submitActivity.status).toBe('SUBMITTED');
    });

    it('asks for at least one strategic goal before an activity is submitted', async () => {
      const { id } = await create(staff, { goalIds: [], indicatorValues: [] });
      const { errors } = await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id }, staff);
      expect(errors?.[0].extensions?.fields).toEqual([{ field: 'goalIds', reason: expect.stringContaining('at least one strategic goal') }]);
      expect((await detail(id, staff)).status).toBe('DRAFT');
    });

    it('submits an activity without goals when no plan covers its date (no goal to name), and still asks inside a plan', async () => {
      // The seeded plan ends on 2024-12-31; the next one is not entered yet.
      const after = await create(staff, { startsOn: '2025-03-04', endsOn: '2025-03-04', goalIds: [], indicatorValues: [] });
      expect((await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { status } }`, { id: after.id }, staff)).data.submitActivity.status).toBe('SUBMITTED');
      const before = await create(staff, { startsOn: '2020-12-31', endsOn: '2020-12-31', goalIds: [], indicatorValues: [] });
      expect((await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { status } }`, { id: before.id }, staff)).data.submitActivity.status).toBe('SUBMITTED');
      const inside = await create(staff, { startsOn: '2024-12-31', endsOn: '2024-12-31', goalIds: [], indicatorValues: [] });
      const { errors } = await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id: inside.id }, staff);
      expect(errors?.[0].extensions?.fields).toEqual([{ field: 'goalIds', reason: expect.stringContaining('at least one strategic goal') }]);
      expect((await detail(inside.id, staff)).status).toBe('DRAFT');
    });

    it('rejects an illegal transition with a clear conflict', async () => {
      const { id } = await create(staff);
      const { errors } = await t.gql(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id }, coordinator);
      expect(errors?.[0]).toMatchObject({ message: 'An activity in status DRAFT cannot become APPROVED', extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' } });
    });

    it('lets only coordinators review', async () => {
      const { id } = await create(staff);
      await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id }, staff);
      expect((await t.gql(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id }, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses an update based on a stale version, so no update is lost', async () => {
      const { id, version } = await create(staff);
      const first = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { title: "Prva izmena", version: $v }) { version } }`, { id, v: version }, staff);
      expect(first.data.updateActivity.version).toBe(version + 1);
      const second = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { title: "Druga izmena", version: $v }) { version } }`, { id, v: version }, staff);
      expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect((await detail(id, staff)).title).toBe('Prva izmena');
    });

    it('moves the version on when only related lists change, so such an edit cannot be lost either', async () => {
      const { id, version } = await create(staff);
      const nis = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'CZD Niš' });
      const first = await t.gql(`mutation($id: ID!, $v: Int!, $co: [ID!]) { updateActivity(id: $id, input: { coOrganizerIds: $co, version: $v }) { version } }`, { id, v: version, co: [nis.id] }, staff);
      expect(first.data.updateActivity.version).toBe(version + 1);
      const second = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { coOrganizerIds: [], version: $v }) { version } }`, { id, v: version }, staff);
      expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(await t.db.dataSource.query(`SELECT organization_id FROM activity_co_organizers WHERE activity_id = $1`, [id])).toEqual([{ organization_id: nis.id }]);
    });

    it('lets exactly one of two simultaneous approvals win', async () => {
      const { id } = await create(staff);
      await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id }, staff);
      const results = await Promise.all([1, 2].map(() => t.gql(`mutation($id: ID!) { approveActivity(id: $id) { status } }`, { id }, coordinator)));
      expect(results.filter((r) => r.data?.approveActivity?.status === 'APPROVED')).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.reason === 'ILLEGAL_TRANSITION')).toHaveLength(1);
    });
  });

  describe('who sees what', () => {
    it("shows another organization's staff approved activities but not drafts", async () => {
      const draft = await t.factory.newActivity({ organization: paor });
      const approved = await t.factory.newActivity({ organization: paor, status: ActivityStatus.APPROVED });
      const seen = await ids(otherStaff, { organizationId: paor.id });
      expect(seen).toContain(approved.id);
      expect(seen).not.toContain(draft.id);
      expect((await t.gql(`query($id: ID!) { activity(id: $id) { id } }`, { id: draft.id }, otherStaff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it("puts a joint activity in each co-organizer's list, drafts included", async () => {
      const { id } = await create(staff);
      expect(await ids(otherStaff, { organizationId: nis.id })).toContain(id);
    });

    it('shows the evaluator approved activities only, and partners none', async () => {
      const draft = await t.factory.newActivity({ organization: paor });
      const approved = await t.factory.newActivity({ organization: paor, status: ActivityStatus.APPROVED });
      const seen = await ids(evaluator);
      expect(seen).toContain(approved.id);
      expect(seen).not.toContain(draft.id);
      expect(await ids(partner)).toBe('FORBIDDEN');
      expect((await detail(approved.id, evaluator)).history).toBeNull();
    });
  });

  describe('filters', () => {
    it('finds by text ignoring diacritics and case, and by type, target group, city and dates', async () => {
      const { id } = await create(staff, { title: 'Tribina o trgovini ljudima', type: 'PUBLIC_FORUM', city: 'Užice', targetGroups: ['PARENTS'], startsOn: '2023-10-02', endsOn: '2023-10-02' });
      const find = (filter: Record<string, unknown>) => ids(staff, filter);
      expect(await find({ search: 'TRIBINA trgovini' })).toContain(id);
      expect(await find({ search: 'uzice', type: 'PUBLIC_FORUM' })).toContain(id);
      expect(await find({ targetGroup: 'PARENTS', city: 'UZICE' })).toEqual([id]);
      expect(await find({ from: '2023-10-01', to: '2023-10-31', type: 'PUBLIC_FORUM' })).toEqual([id]);
      expect(await find({ from: '2023-10-03', type: 'PUBLIC_FORUM' })).not.toContain(id);
      expect(await find({ goalId: goalIds[3], type: 'PUBLIC_FORUM' })).toEqual([id]);
    });

    it('finds Latin text from a search typed in Cyrillic, and Cyrillic text from one typed in Latin', async () => {
      const latin = await create(staff, { title: 'Radionica o trgovini ljudima u Nišu', city: 'Niš', startsOn: '2023-11-06', endsOn: '2023-11-06' });
      const cyrillic = await create(staff, { title: 'Трибина у Љубовији о џепарцу', city: 'Љубовија', startsOn: '2023-11-07', endsOn: '2023-11-07' });
      const find = (search: string) => ids(staff, { search, from: '2023-11-01', to: '2023-11-30' });
      expect(await find('радионица Ниш')).toEqual([latin.id]);
      expect(await find('РАДИОНИЦА ТРГОВИНИ')).toEqual([latin.id]);
      expect(await find('ljubovija dzeparcu')).toEqual([cyrillic.id]);
      expect(await find('Tribina Ljubovija')).toEqual([cyrillic.id]);
    });

    it('orders newest first by default, and pages without overlap', async () => {
      const org = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Pirot' });
      for (const day of ['2022-01-05', '2022-02-05', '2022-03-05', '2022-04-05', '2022-05-05']) {
        await t.factory.newActivity({ organization: org, startsOn: day, endsOn: day, status: ActivityStatus.APPROVED });
      }
      const page = async (after?: string) =>
        (await t.gql(`query($id: ID!, $after: String) { activities(first: 2, after: $after, filter: { organizationId: $id }) { pageInfo { endCursor hasNextPage } edges { node { startsOn } } } }`, { id: org.id, after }, staff)).data.activities;
      const p1 = await page();
      const p2 = await page(p1.pageInfo.endCursor);
      const p3 = await page(p2.pageInfo.endCursor);
      expect([...p1.edges, ...p2.edges, ...p3.edges].map((e: { node: { startsOn: string } }) => e.node.startsOn)).toEqual(['2022-05-05', '2022-04-05', '2022-03-05', '2022-02-05', '2022-01-05']);
      expect(p3.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('locked reporting periods', () => {
    it('refuses creating or changing an activity inside a locked period, with a clear error, until unlocked', async () => {
      const { id, version } = await create(staff, { startsOn: '2022-06-01', endsOn: '2022-06-01', goalIds: [], indicatorValues: [] });
      const lock = await t.gql(`mutation { lockReportingPeriod(startsOn: "2022-01-01", endsOn: "2022-12-31", reason: "Izveštaj donatoru poslat") { id } }`, {}, coordinator);
      const lockId = lock.data.lockReportingPeriod.id;
      try {
        const created = await t.gql(CREATE, { input: workshop({ startsOn: '2022-09-01', endsOn: '2022-09-01', goalIds: [], indicatorValues: [] }) }, staff);
        expect(created.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'PERIOD_LOCKED' }, message: expect.stringContaining('2022-01-01 – 2022-12-31 is locked (Izveštaj donatoru poslat)') });
        const updated = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { title: "Kasna izmena", version: $v }) { id } }`, { id, v: version }, staff);
        expect(updated.errors?.[0].extensions?.reason).toBe('PERIOD_LOCKED');
        // Moving it out of the locked year is a change inside it too.
        const moved = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { startsOn: "2023-06-01", endsOn: "2023-06-01", version: $v }) { id } }`, { id, v: version }, staff);
        expect(moved.errors?.[0].extensions?.reason).toBe('PERIOD_LOCKED');
        expect((await t.gql(`{ reportingPeriodLocks { startsOn endsOn reason } }`, {}, staff)).data.reportingPeriodLocks).toContainEqual({ startsOn: '2022-01-01', endsOn: '2022-12-31', reason: 'Izveštaj donatoru poslat' });
      } finally {
        await t.gql(`mutation($id: ID!) { unlockReportingPeriod(id: $id) { id } }`, { id: lockId }, coordinator);
      }
      const after = await t.gql(`mutation($id: ID!, $v: Int!) { updateActivity(id: $id, input: { title: "Kasna izmena", version: $v }) { title } }`, { id, v: version }, staff);
      expect(after.data.updateActivity).toEqual({ title: 'Kasna izmena' });
    });
  });
});
