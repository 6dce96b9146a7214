import { InvitationAnswer, MeetingKind, MeetingRsvpService, MeetingsModule, MeetingsService, MeetingStatus, RsvpTokens } from '@app/meetings';
import { Organization, OrganizationKind } from '@app/organizations';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { actorOf, MediumContext, startMedium } from '../utils/medium';

describe(MeetingsService.name, () => {
  let ctx: MediumContext;
  let sut: MeetingsService;
  let coordinator: ReturnType<typeof actorOf>;
  let org: Organization;
  let ana: User;
  let marko: User;

  beforeAll(async () => {
    ctx = await startMedium(MeetingsModule);
    sut = ctx.get(MeetingsService);
    coordinator = actorOf(await ctx.factory.newUser({ role: Role.COORDINATOR, passwordHash: null }));
    org = await ctx.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });
    ana = await ctx.factory.newUser({ organization: org, passwordHash: null });
    marko = await ctx.factory.newUser({ organization: org, role: Role.MEMBER_ADMIN, passwordHash: null });
    await ctx.factory.newUser({ organization: org, role: Role.EVALUATOR, passwordHash: null });
  });
  afterAll(() => ctx.close());

  const inTwoWeeks = (hours = 0) => new Date(Date.now() + 14 * 86_400_000 + hours * 3_600_000);
  const create = (input: Record<string, unknown> = {}) =>
    sut.create(coordinator, { title: 'Sastanak mreže', kind: MeetingKind.NETWORK_MEETING, startsAt: inTwoWeeks(), endsAt: inTwoWeeks(4), city: 'Beograd', ...input });
  const mails = async (meetingId: string) =>
    (await ctx.db.dataSource.query(
      `SELECT recipient, template FROM mail_outbox WHERE split_part(idempotency_key, ':', 2) IN (SELECT id::text FROM meeting_invitations WHERE meeting_id = $1) ORDER BY created_at, recipient`,
      [meetingId],
    )) as { recipient: string; template: string }[];

  describe('invitations', () => {
    it("invites an organization's active people by name (evaluators excepted), each with one invitation mail", async () => {
      const meeting = await create({ invitedOrganizationIds: [org.id] });
      const invited = (await sut.recipients(ctx.db.dataSource.manager, meeting.id)).map((r) => r.user.email).sort();
      expect(invited).toEqual([ana.email, marko.email].sort());
      expect((await mails(meeting.id)).map((m) => m.recipient).sort()).toEqual([ana.email, marko.email].sort());
    });

    it('shows a member only the meetings their organization or they themselves are invited to', async () => {
      const theirs = await create({ invitedOrganizationIds: [org.id] });
      const notTheirs = await create();
      await expect(sut.get(actorOf(ana), theirs.id)).resolves.toMatchObject({ id: theirs.id });
      await expect(sut.get(actorOf(ana), notTheirs.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    });

    it('refuses a stale version of a meeting with CONFLICT and changes nothing', async () => {
      const meeting = await create();
      await sut.update(coordinator, meeting.id, { version: meeting.version, title: 'Prvi naslov' });
      await expect(sut.update(coordinator, meeting.id, { version: meeting.version, title: 'Drugi naslov' })).rejects.toMatchObject({ kind: 'CONFLICT', code: 'STALE_VERSION' });
      expect((await sut.get(coordinator, meeting.id)).title).toBe('Prvi naslov');
    });

    it('cancelling raises the sequence, mails everyone invited a cancellation, and refuses answers after', async () => {
      const meeting = await create({ invitedUserIds: [ana.id] });
      const cancelled = await sut.cancel(coordinator, meeting.id);
      expect(cancelled).toMatchObject({ status: MeetingStatus.CANCELLED, sequence: meeting.sequence + 1 });
      expect(await mails(meeting.id)).toHaveLength(2);
      await expect(sut.answer(actorOf(ana), meeting.id, InvitationAnswer.YES)).rejects.toMatchObject({ code: 'MEETING_CANCELLED' });
    });
  });

  describe('RSVP links', () => {
    const link = (meetingId: string, user: User, answer = InvitationAnswer.YES, expiresAt = inTwoWeeks()) =>
      ctx.get(RsvpTokens).sign({ meetingId, userId: user.id, answer, expiresAt });

    it("records the link's answer once; the same link again is refused", async () => {
      const meeting = await create({ invitedUserIds: [ana.id] });
      const rsvp = ctx.get(MeetingRsvpService);
      const token = link(meeting.id, ana, InvitationAnswer.MAYBE);
      await expect(rsvp.answerByToken(token)).resolves.toMatchObject({ answer: InvitationAnswer.MAYBE });
      await expect(rsvp.answerByToken(token)).rejects.toMatchObject({ code: 'RSVP_LINK_USED' });
      const answers = await ctx.db.dataSource.query(`SELECT user_id, answer FROM meeting_invitations WHERE meeting_id = $1`, [meeting.id]);
      expect(answers).toEqual([{ user_id: ana.id, answer: InvitationAnswer.MAYBE }]);
    });

    it('refuses an expired link, and a link for someone not invited by name, recording nothing', async () => {
      const meeting = await create({ invitedUserIds: [ana.id] });
      const rsvp = ctx.get(MeetingRsvpService);
      await expect(rsvp.answerByToken(link(meeting.id, ana, InvitationAnswer.YES, new Date(Date.now() - 1000)))).rejects.toMatchObject({ code: 'RSVP_LINK_EXPIRED' });
      await expect(rsvp.answerByToken(link(meeting.id, marko))).rejects.toMatchObject({ code: 'RSVP_LINK_INVALID' });
      const answers = await ctx.db.dataSource.query(`SELECT answer FROM meeting_invitations WHERE meeting_id = $1 AND answer IS NOT NULL`, [meeting.id]);
      expect(answers).toEqual([]);
    });
  });

  describe('attendance', () => {
    it("records who came with their organization (a user's own unless given) and counts them per organization, cancelled meetings left out", async () => {
      const guestOrg = await ctx.factory.newOrganization();
      const meeting = await create();
      await sut.setAttendance(coordinator, meeting.id, [{ userId: ana.id }, { userId: marko.id }, { fullName: 'Gost Gostić', organizationId: guestOrg.id }]);
      const other = await create();
      await sut.setAttendance(coordinator, other.id, [{ userId: ana.id }]);
      await sut.cancel(coordinator, other.id);

      expect(await sut.attendanceOf(org.id)).toEqual([{ meetingId: meeting.id, people: 2 }]);
      expect(await sut.attendanceOf(guestOrg.id)).toEqual([{ meetingId: meeting.id, people: 1 }]);
    });

    it('refuses a guest without a name and an unknown user, naming each, and keeps the attendance as it was', async () => {
      const meeting = await create();
      await sut.setAttendance(coordinator, meeting.id, [{ userId: ana.id }]);
      await expect(sut.setAttendance(coordinator, meeting.id, [{ organizationId: org.id }, { userId: '00000000-0000-4000-8000-000000000000' }])).rejects.toMatchObject({
        kind: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([expect.objectContaining({ field: 'attendees.0.fullName' }), expect.objectContaining({ field: 'attendees.1.userId' })]),
      });
      expect(await sut.attendanceOf(org.id)).toEqual(expect.arrayContaining([{ meetingId: meeting.id, people: 1 }]));
    });

    it('lets only coordinators record attendance', async () => {
      const meeting = await create({ invitedOrganizationIds: [org.id] });
      await expect(sut.setAttendance(actorOf(marko), meeting.id, [{ userId: marko.id }])).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    });
  });
});
