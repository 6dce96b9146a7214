import { Network, Organization, OrganizationKind } from '@app/organizations';
import { ReferralsModule, ReferralsService, ReferralStatus } from '@app/referrals';
import { Role } from '@app/policy';
import { caseWithDetails } from '../factories/referral-factory';
import { actorOf, MediumContext, startMedium } from '../utils/medium';

describe(ReferralsService.name, () => {
  let ctx: MediumContext;
  let sut: ReferralsService;
  let coordinator: ReturnType<typeof actorOf>;
  let sender: ReturnType<typeof actorOf>;
  let partnerStaff: ReturnType<typeof actorOf>;
  let otherPartnerStaff: ReturnType<typeof actorOf>;
  let otherMember: ReturnType<typeof actorOf>;
  let partner: Organization;

  /** A partner abroad in a partner network of its own, with a profile accepting the usual categories. */
  const newPartner = async (): Promise<{ partner: Organization; network: Network }> => {
    const organization = await ctx.factory.newOrganization({ kind: OrganizationKind.PARTNER_ORGANIZATION, country: 'AT' });
    const network = await ctx.factory.newNetwork();
    await ctx.factory.newMembership(network, organization);
    await ctx.db.dataSource.query(`INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, $2, $3, $4)`, [
      organization.id,
      ['VICTIM_ASSISTANCE_ABROAD', 'LEGAL_AID', 'POLICY_MONITORING'],
      ['en'],
      ['intake@partner.example'],
    ]);
    return { partner: organization, network };
  };
  const member = () => ctx.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });

  beforeAll(async () => {
    ctx = await startMedium(ReferralsModule);
    sut = ctx.get(ReferralsService);
    coordinator = actorOf(await ctx.factory.newUser({ role: Role.COORDINATOR, passwordHash: null }));
    sender = actorOf(await ctx.factory.newUser({ organization: await member(), passwordHash: null }));
    otherMember = actorOf(await ctx.factory.newUser({ organization: await member(), passwordHash: null }));
    ({ partner } = await newPartner());
    partnerStaff = actorOf(await ctx.factory.newUser({ organization: partner, role: Role.PARTNER, passwordHash: null }));
    otherPartnerStaff = actorOf(await ctx.factory.newUser({ organization: (await newPartner()).partner, role: Role.PARTNER, passwordHash: null }));
  });
  afterAll(() => ctx.close());

  const draft = (input: Record<string, unknown> = {}) => sut.create(sender, { ...caseWithDetails(partner.id), ...input } as never);
  const sent = async () => sut.step(sender, (await draft()).id, 'send');

  describe('lifecycle (STEPS)', () => {
    it('goes from draft to closed through each side’s own steps, each in the timeline', async () => {
      const referral = await sent();
      await sut.step(partnerStaff, referral.id, 'acknowledge');
      await sut.step(partnerStaff, referral.id, 'accept');
      await sut.step(partnerStaff, referral.id, 'start');
      const closed = await sut.step(partnerStaff, referral.id, 'close', { outcome: 'SUCCESSFUL' as never, reason: 'Smeštena u sigurnu kuću' });
      expect(closed).toMatchObject({ status: ReferralStatus.CLOSED, closedAt: expect.any(Date) });
      expect((await sut.eventsOf([referral.id])).map((e) => e.toStatus)).toEqual(['DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED']);
    });

    it('refuses a step out of order as an illegal transition, and a step of the other side', async () => {
      const referral = await sent();
      await expect(sut.step(partnerStaff, referral.id, 'accept')).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
      await expect(sut.step(sender, referral.id, 'acknowledge')).rejects.toMatchObject({ kind: 'FORBIDDEN' });
      expect((await sut.get(coordinator, referral.id)).status).toBe(ReferralStatus.SENT);
    });

    it('refuses a decline without a reason, naming the field', async () => {
      const referral = await sent();
      await sut.step(partnerStaff, referral.id, 'acknowledge');
      await expect(sut.step(partnerStaff, referral.id, 'decline')).rejects.toMatchObject({ fields: [expect.objectContaining({ field: 'reason' })] });
    });
  });

  describe('consent', () => {
    it('refuses identifying details without a recorded consent, and details in policy monitoring', async () => {
      await expect(draft({ consent: undefined })).rejects.toMatchObject({ kind: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'consent' })] });
      await expect(draft({ category: 'POLICY_MONITORING', person: undefined })).rejects.toMatchObject({ fields: [expect.objectContaining({ field: 'details' })] });
    });
  });

  describe('encryption', () => {
    it('stores details, reasons and messages only as ciphertext, and gives them back to those who may read them', async () => {
      const referral = await sent();
      await sut.step(partnerStaff, referral.id, 'acknowledge');
      await sut.step(partnerStaff, referral.id, 'decline', { reason: 'Nemamo mesta u skloništu' });
      await sut.addMessage(sender, referral.id, 'Javite nam se za Jelenu');

      // Whether a clear text is anywhere in the referral's row (its text columns, or the bytes of its ciphertexts) or in its messages.
      const storedInClear = async (clear: string) =>
        Number(
          (
            await ctx.db.dataSource.query(
              `SELECT (SELECT count(*) FROM referrals r WHERE r.id = $1 AND (r::text LIKE '%' || $2 || '%'
                        OR position(convert_to($2, 'UTF8') IN coalesce(r.details_ciphertext, ''::bytea)) > 0
                        OR position(convert_to($2, 'UTF8') IN coalesce(r.decline_reason_ciphertext, ''::bytea)) > 0))
                    + (SELECT count(*) FROM referral_messages m WHERE m.referral_id = $1 AND position(convert_to($2, 'UTF8') IN m.body_ciphertext) > 0) AS n`,
              [referral.id, clear],
            )
          )[0].n,
        );
      expect(await storedInClear('NIS-2026-17')).toBe(1); // the case code is stored in clear on purpose: the check sees clear text
      for (const clear of ['Jelena Markovska', 'Nemamo mesta', 'Javite nam se']) expect(await storedInClear(clear)).toBe(0);

      expect(await sut.revealDetails(sender, referral.id, 'checking the referral before sending')).toMatchObject({ name: 'Jelena Markovska' });
      const [thread] = await sut.readThreads(sender, [referral.id]);
      expect(thread).toMatchObject({ declineReason: 'Nemamo mesta u skloništu', messages: [expect.objectContaining({ body: 'Javite nam se za Jelenu' })] });
    });
  });

  describe('visibility between partners', () => {
    it("hides a draft from its partner, and a referral from another partner and another member, behind NOT_FOUND", async () => {
      const unsent = await draft();
      await expect(sut.get(partnerStaff, unsent.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      const referral = await sut.step(sender, unsent.id, 'send');
      await expect(sut.get(partnerStaff, referral.id)).resolves.toMatchObject({ id: referral.id });
      await expect(sut.get(otherPartnerStaff, referral.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.get(otherMember, referral.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    });

    it('keeps a draft withdrawn before it was ever sent hidden from its partner', async () => {
      const withdrawn = await sut.step(sender, (await draft()).id, 'withdraw');
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', sentAt: null });
      await expect(sut.get(partnerStaff, withdrawn.id)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.addMessage(partnerStaff, withdrawn.id, 'What is this?')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.get(sender, withdrawn.id)).resolves.toMatchObject({ id: withdrawn.id });
    });

    it('lets only the partner a referral is addressed to act on it, and only once it is sent', async () => {
      const unsent = await draft();
      await expect(sut.step(partnerStaff, unsent.id, 'acknowledge')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.addMessage(partnerStaff, unsent.id, 'Still a draft?')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      const referral = await sut.step(sender, unsent.id, 'send');
      await expect(sut.step(otherPartnerStaff, referral.id, 'acknowledge')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.addMessage(otherMember, referral.id, 'Not ours')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
      await expect(sut.step(coordinator, referral.id, 'acknowledge')).rejects.toMatchObject({ kind: 'FORBIDDEN' });
      await expect(sut.addMessage(partnerStaff, referral.id, 'We can take her')).resolves.toMatchObject({ authorOrganizationId: partner.id });
      await expect(sut.step(partnerStaff, referral.id, 'acknowledge')).resolves.toMatchObject({ status: ReferralStatus.ACKNOWLEDGED });
    });

    it('shows the partner the identifying details only once it has accepted the case', async () => {
      const referral = await sent();
      await sut.step(partnerStaff, referral.id, 'acknowledge');
      await expect(sut.revealDetails(partnerStaff, referral.id, 'arranging the first meeting')).rejects.toMatchObject({ fields: [expect.objectContaining({ field: 'id' })] });
      await sut.step(partnerStaff, referral.id, 'accept');
      await expect(sut.revealDetails(partnerStaff, referral.id, 'arranging the first meeting')).resolves.toMatchObject({ name: 'Jelena Markovska' });
    });
  });
});
