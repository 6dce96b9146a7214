import { CapacityDimension, CapacityModule, CapacityRecordService, seedTrainingTopics, TrainingsService } from '@app/capacity';
import { Meeting, MeetingStatus } from '@app/meetings';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { actorOf, MediumContext, startMedium } from '../utils/medium';

describe(CapacityRecordService.name, () => {
  let ctx: MediumContext;
  let sut: CapacityRecordService;
  let trainings: TrainingsService;
  let coordinator: ReturnType<typeof actorOf>;

  beforeAll(async () => {
    ctx = await startMedium(CapacityModule);
    sut = ctx.get(CapacityRecordService);
    trainings = ctx.get(TrainingsService);
    await seedTrainingTopics(ctx.db.dataSource.manager);
    coordinator = actorOf(await ctx.factory.newUser({ role: Role.COORDINATOR, passwordHash: null }));
  });
  afterAll(() => ctx.close());

  const member = () => ctx.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });
  const trainingAt = (meeting: Meeting, { hours = 6, topicCodes = ['INSTITUTIONAL_COOPERATION', 'MEDIA_VISIBILITY'] } = {}) =>
    trainings.create(coordinator, { title: `Obuka: ${meeting.title}`, startsOn: '2025-05-20', hours, topicCodes, meetingId: meeting.id });
  const topicHours = async (organization: Organization) =>
    (await sut.record(coordinator, organization.id)).hoursByTopicAndYear.map((r) => [r.year, r.topicCode, r.hours, r.personHours]);

  describe('training hours by topic and year', () => {
    it("adds each training's hours once per topic and its person-hours by the organization's participants", async () => {
      const org = await member();
      await trainings.create(coordinator, {
        title: 'Identifikacija žrtava',
        startsOn: '2024-03-01',
        hours: 4,
        topicCodes: ['VICTIM_IDENTIFICATION'],
        participants: [{ fullName: 'Ana Anić', organizationId: org.id }, { fullName: 'Mila Milić', organizationId: org.id }],
      });
      await trainings.create(coordinator, { title: 'Saradnja', startsOn: '2025-01-10', hours: 3, topicCodes: ['VICTIM_IDENTIFICATION'], participants: [{ fullName: 'Ana Anic', organizationId: org.id }] });

      const record = await sut.record(coordinator, org.id);
      expect(record).toMatchObject({ trainingsAttended: 2, hours: 7, personHours: 11, peopleTrained: 2 });
      expect(await topicHours(org)).toEqual([
        [2024, 'VICTIM_IDENTIFICATION', 4, 8],
        [2025, 'VICTIM_IDENTIFICATION', 3, 3],
      ]);
    });

    it("shows a member only its own organization's record", async () => {
      const [own, other] = [await member(), await member()];
      const staff = actorOf(await ctx.factory.newUser({ organization: own, passwordHash: null }));
      await expect(sut.record(staff, own.id)).resolves.toMatchObject({ organizationId: own.id });
      await expect(sut.record(staff, other.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    });
  });

  describe('network meetings as capacity building', () => {
    it("counts a meeting's training for every organization whose people attended, by topic", async () => {
      const [a, b, absent] = [await member(), await member(), await member()];
      const meeting = await ctx.factory.newMeeting();
      await trainingAt(meeting);
      await ctx.factory.newAttendee(meeting, a);
      await ctx.factory.newAttendee(meeting, a);
      await ctx.factory.newAttendee(meeting, b);

      expect(await topicHours(a)).toEqual([
        [2025, 'INSTITUTIONAL_COOPERATION', 6, 12],
        [2025, 'MEDIA_VISIBILITY', 6, 12],
      ]);
      expect(await sut.record(coordinator, b.id)).toMatchObject({ trainingsAttended: 1, hours: 6, personHours: 6 });
      expect(await sut.record(coordinator, absent.id)).toMatchObject({ trainingsAttended: 0, hours: 0, hoursByTopicAndYear: [] });
    });

    it('counts nothing for a meeting without recorded attendance', async () => {
      const org = await member();
      const meeting = await ctx.factory.newMeeting();
      await trainingAt(meeting);
      await ctx.factory.newAttendee(await ctx.factory.newMeeting(), org); // another meeting, without a training

      expect(await sut.record(coordinator, org.id)).toMatchObject({ trainingsAttended: 0, hours: 0, hoursByTopicAndYear: [] });
    });

    it('counts nothing for a cancelled meeting, even with attendance recorded', async () => {
      const org = await member();
      const meeting = await ctx.factory.newMeeting({ status: MeetingStatus.CANCELLED, cancelledAt: new Date('2025-05-19T10:00:00Z') });
      await trainingAt(meeting);
      await ctx.factory.newAttendee(meeting, org);

      expect(await sut.record(coordinator, org.id)).toMatchObject({ trainingsAttended: 0, hours: 0, hoursByTopicAndYear: [] });
    });

    it("counts a meeting's training once when the organization's people are also named as its participants", async () => {
      const org = await member();
      const meeting = await ctx.factory.newMeeting();
      await trainings.create(coordinator, {
        title: 'Obuka na sastanku',
        startsOn: '2025-05-20',
        hours: 5,
        topicCodes: ['OTHER'],
        meetingId: meeting.id,
        participants: [{ fullName: 'Ana Anić', organizationId: org.id }],
      });
      await ctx.factory.newAttendee(meeting, org);
      await ctx.factory.newAttendee(meeting, org);

      expect(await sut.record(coordinator, org.id)).toMatchObject({ trainingsAttended: 1, hours: 5, personHours: 5 });
    });

    it('refuses a training that names a meeting that does not exist, and the database holds the key', async () => {
      await expect(
        trainings.create(coordinator, { title: 'Obuka', startsOn: '2025-05-20', hours: 2, topicCodes: ['OTHER'], meetingId: '00000000-0000-4000-8000-000000000000' }),
      ).rejects.toMatchObject({ kind: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'meetingId' })] });
      const [key] = await ctx.db.dataSource.query(`SELECT confrelid::regclass::text AS target, confdeltype FROM pg_constraint WHERE conname = 'fk_trainings_meeting'`);
      expect(key).toEqual({ target: 'meetings', confdeltype: 'n' }); // a deleted meeting leaves its training standing
    });
  });

  describe('self-assessment', () => {
    beforeAll(async () => {
      await ctx.db.dataSource.getRepository(CapacityDimension).save([
        { code: 'GOVERNANCE', nameSr: 'Upravljanje', nameEn: 'Governance', scaleMin: 1, scaleMax: 5, position: 1 },
        { code: 'ADVOCACY', nameSr: 'Zagovaranje', nameEn: 'Advocacy', scaleMin: 1, scaleMax: 5, position: 2 },
      ]);
    });

    it("keeps each period's scores with the change from the previous period, a period submitted again replacing it", async () => {
      const org = await member();
      const admin = actorOf(await ctx.factory.newUser({ organization: org, role: Role.MEMBER_ADMIN, passwordHash: null }));
      await sut.submitSelfAssessment(admin, { period: '2024', scores: [{ dimensionCode: 'GOVERNANCE', score: 2 }], notes: '' });
      await sut.submitSelfAssessment(admin, { period: '2025', scores: [{ dimensionCode: 'GOVERNANCE', score: 3 }], notes: '' });
      await sut.submitSelfAssessment(admin, { period: '2025', scores: [{ dimensionCode: 'GOVERNANCE', score: 5 }, { dimensionCode: 'ADVOCACY', score: 1 }], notes: '' });

      const { selfAssessments } = await sut.record(admin, org.id);
      expect(selfAssessments.map((p) => [p.period, p.scores.map((s) => [s.dimensionCode, s.score, s.change])])).toEqual([
        ['2024', [['GOVERNANCE', 2, null]]],
        ['2025', [['GOVERNANCE', 5, 3], ['ADVOCACY', 1, null]]],
      ]);
    });

    it('refuses a score outside the scale and an unknown dimension, naming the field, and stores nothing', async () => {
      const org = await member();
      const admin = actorOf(await ctx.factory.newUser({ organization: org, role: Role.MEMBER_ADMIN, passwordHash: null }));
      await expect(
        sut.submitSelfAssessment(admin, { period: '2024', scores: [{ dimensionCode: 'GOVERNANCE', score: 6 }, { dimensionCode: 'NOPE', score: 1 }], notes: '' }),
      ).rejects.toMatchObject({ fields: [expect.objectContaining({ field: 'scores.0.score' }), expect.objectContaining({ field: 'scores.1.dimensionCode' })] });
      expect((await sut.record(admin, org.id)).selfAssessments).toEqual([]);
    });

    it("refuses a member admin's submission for another organization", async () => {
      const admin = actorOf(await ctx.factory.newUser({ organization: await member(), role: Role.MEMBER_ADMIN, passwordHash: null }));
      const other = await member();
      await expect(sut.submitSelfAssessment(admin, { organizationId: other.id, period: '2024', scores: [{ dimensionCode: 'GOVERNANCE', score: 3 }], notes: '' })).rejects.toMatchObject({
        kind: 'NOT_FOUND',
      });
    });
  });
});
