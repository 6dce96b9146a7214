import { ActivitiesArgs, ActivitiesModule, ActivitiesService, ActivityStatus, ReportingLocksService } from '@app/activities';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { actorOf, MediumContext, startMedium } from '../utils/medium';

describe(ActivitiesService.name, () => {
  let ctx: MediumContext;
  let sut: ActivitiesService;
  let coordinator: ReturnType<typeof actorOf>;
  let org: Organization;
  let staff: ReturnType<typeof actorOf>;
  let outsider: ReturnType<typeof actorOf>;

  beforeAll(async () => {
    ctx = await startMedium(ActivitiesModule);
    sut = ctx.get(ActivitiesService);
    coordinator = actorOf(await ctx.factory.newUser({ role: Role.COORDINATOR, passwordHash: null }));
    org = await ctx.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });
    staff = actorOf(await ctx.factory.newUser({ organization: org, passwordHash: null }));
    outsider = actorOf(await ctx.factory.newUser({ passwordHash: null }));
  });
  afterAll(() => ctx.close());

  const activity = (status: ActivityStatus, overrides: { startsOn?: string; endsOn?: string } = {}) => ctx.factory.newActivity({ organization: org, status, ...overrides });
  const reviewMails = async (activityId: string) =>
    (await ctx.db.dataSource.query(`SELECT template FROM mail_outbox WHERE idempotency_key LIKE '%' || $1 || '%'`, [activityId])).map((r: { template: string }) => r.template);

  describe('lifecycle', () => {
    it('approves a submitted activity, stamps the review, and tells its organization by mail', async () => {
      await ctx.factory.newUser({ organization: org, role: Role.MEMBER_ADMIN, passwordHash: null });
      const submitted = await activity(ActivityStatus.SUBMITTED);
      const approved = await sut.approve(coordinator, submitted.id);
      expect(approved).toMatchObject({ status: ActivityStatus.APPROVED, reviewedAt: expect.any(Date) });
      expect(await reviewMails(submitted.id)).toContain('activity-approved');
    });

    it.each([
      ['approve a draft', ActivityStatus.DRAFT, (id: string) => sut.approve(coordinator, id)],
      ['return an approved activity', ActivityStatus.APPROVED, (id: string) => sut.returnForChanges(coordinator, id, 'Dopunite')],
      ['reopen a submitted activity', ActivityStatus.SUBMITTED, (id: string) => sut.reopen(coordinator, id, 'Greška')],
      ['submit an approved activity', ActivityStatus.APPROVED, (id: string) => sut.submit(staff, id)],
    ])('refuses to %s as an illegal transition and leaves its status', async (_what, status, move) => {
      const subject = await activity(status);
      await expect(move(subject.id)).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
      expect((await sut.get(coordinator, subject.id)).status).toBe(status);
    });

    it('refuses to submit an activity that names no strategic goal of the plan covering it, naming goalIds; with no plan covering it, submits it', async () => {
      // This database holds no plan: there is no goal to name.
      const between = await activity(ActivityStatus.DRAFT);
      expect((await sut.submit(staff, between.id)).status).toBe(ActivityStatus.SUBMITTED);
      await ctx.db.dataSource.query(`INSERT INTO strategy_periods (code, title_sr, title_en, starts_on, ends_on) VALUES ('2021-2024', 'Plan', 'Plan', '2021-01-01', '2024-12-31')`);
      try {
        const draft = await activity(ActivityStatus.DRAFT);
        await expect(sut.submit(staff, draft.id)).rejects.toMatchObject({ kind: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'goalIds' })] });
        expect((await sut.get(coordinator, draft.id)).status).toBe(ActivityStatus.DRAFT);
      } finally {
        await ctx.db.dataSource.query(`DELETE FROM strategy_periods WHERE code = '2021-2024'`);
      }
    });

    it("refuses a member's own approval: only coordinators review", async () => {
      const submitted = await activity(ActivityStatus.SUBMITTED);
      await expect(sut.approve(staff, submitted.id)).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });
  });

  describe('editing', () => {
    it('refuses a stale version with CONFLICT and keeps the first save', async () => {
      const draft = await activity(ActivityStatus.DRAFT);
      await sut.update(staff, draft.id, { version: draft.version, title: 'Prva izmena' });
      await expect(sut.update(staff, draft.id, { version: draft.version, title: 'Druga izmena' })).rejects.toMatchObject({ kind: 'CONFLICT', code: 'STALE_VERSION' });
      expect((await sut.get(staff, draft.id)).title).toBe('Prva izmena');
    });

    it('lets a member not edit an approved activity until a coordinator reopens it', async () => {
      const approved = await activity(ActivityStatus.APPROVED);
      await expect(sut.update(staff, approved.id, { version: approved.version, title: 'Izmena' })).rejects.toMatchObject({ code: 'NOT_EDITABLE' });
      const reopened = await sut.reopen(coordinator, approved.id, 'Ispravite datum');
      await expect(sut.update(staff, approved.id, { version: reopened.version, title: 'Izmena' })).resolves.toMatchObject({ title: 'Izmena' });
    });

    it('refuses any change to an activity in a locked reporting period, and to moving one into it', async () => {
      await ctx.get(ReportingLocksService).lock(coordinator, '2023-01-01', '2023-06-30', 'Izveštaj predat donatoru');
      const inside = await activity(ActivityStatus.SUBMITTED, { startsOn: '2023-03-01', endsOn: '2023-03-01' });
      await expect(sut.approve(coordinator, inside.id)).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
      const outside = await activity(ActivityStatus.DRAFT, { startsOn: '2023-09-01', endsOn: '2023-09-01' });
      await expect(sut.update(staff, outside.id, { version: outside.version, startsOn: '2023-06-30', endsOn: '2023-06-30' })).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
    });
  });

  describe('visibility', () => {
    it("hides another organization's unapproved activity behind NOT_FOUND and shows its approved ones", async () => {
      const draft = await activity(ActivityStatus.DRAFT);
      const approved = await activity(ActivityStatus.APPROVED);
      await expect(sut.get(outsider, draft.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.get(outsider, approved.id)).resolves.toMatchObject({ id: approved.id });
      const listed = async (search: string) => (await sut.list(outsider, Object.assign(new ActivitiesArgs(), { filter: { search } }))).edges.map((e) => e.node.id);
      expect(await listed(draft.title)).toEqual([]);
      expect(await listed(approved.title)).toEqual([approved.id]);
    });

    it('refuses an edit by a member of another organization', async () => {
      const approvedElsewhere = await activity(ActivityStatus.APPROVED);
      await expect(sut.update(outsider, approvedElsewhere.id, { version: approvedElsewhere.version, title: 'Tuđa izmena' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });
  });
});
