import { Clock } from '@app/common';
import { OrganizationKind } from '@app/organizations';
import { ReferralRetentionService } from '@app/referrals';
import { Role } from '@app/users/role.enum';
import { caseWithDetails, newPartner, newReferral, step } from './factories/referral-factory';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const NAME = 'Milica Retentova';
const NOW = new Date(Date.UTC(2026, 5, 15, 12, 0, 0));
const monthsAgo = (months: number, days = 0) => {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
};

describe('retention: identifying details are erased 24 months after a referral ends', () => {
  let t: TestApp;
  let clock: jest.SpyInstance<Date, []>;
  let asStaff: GqlOptions;
  let asPartner: GqlOptions;
  let partnerId: string;

  /** A referral with details, taken through the lifecycle through the API, ending (closed) at `endedAt`. */
  const closedAt = async (endedAt: Date, name = NAME) => {
    clock.mockReturnValue(new Date(endedAt.getTime() - 3_600_000));
    const referral = await newReferral(t, asStaff, caseWithDetails(partnerId, { name, caseCode: 'ZR-44' }));
    for (const mutation of ['acknowledgeReferral', 'acceptReferral', 'startReferral']) await step(t, asPartner, mutation, referral.id);
    clock.mockReturnValue(endedAt);
    await step(t, asPartner, 'closeReferral', referral.id, ', outcome: SUCCESSFUL');
    return referral;
  };
  const row = async (id: string) => (await t.db.dataSource.query(`SELECT * FROM referrals WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await startTestApp('api');
    clock = jest.spyOn(t.app.get(Clock), 'now');
    const sender = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Zrenjanin' });
    const { partner } = await newPartner(t);
    partnerId = partner.id;
    asStaff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: sender }));
    asPartner = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: partner }));
  });

  afterAll(() => t.close());

  it('never stores the details in clear: the raw column does not contain the name', async () => {
    const referral = await closedAt(monthsAgo(1));
    const { details_ciphertext: bytes, details_key_id: keyId } = await row(referral.id);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(keyId).toBe('test1');
    for (const secret of [NAME, 'Retentova', '2007-04-02', '+381 64']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      expect(bytes.toString('latin1')).not.toContain(secret);
    }
  });

  it('erases the details after the retention period, keeps the statistical fields and consent, and audits each erasure', async () => {
    const old = await closedAt(monthsAgo(24, 1));
    const recent = await closedAt(monthsAgo(23));
    // Withdrawn long ago (closed_at), and declined long ago (its last change).
    clock.mockReturnValue(monthsAgo(30));
    const withdrawn = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Other Person' }));
    await step(t, asStaff, 'withdrawReferral', withdrawn.id, ', reason: "Returned home"');
    const declined = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Third Person' }));
    await step(t, asPartner, 'acknowledgeReferral', declined.id);
    await step(t, asPartner, 'declineReferral', declined.id, ', reason: "No capacity"');
    await t.db.dataSource.query(`UPDATE referrals SET updated_at = $2 WHERE id = $1`, [declined.id, monthsAgo(25)]);
    // Still open after years: the details stay while the case is worked on.
    const open = await newReferral(t, asStaff, caseWithDetails(partnerId, { name: 'Fourth Person' }));
    const before = await row(old.id);

    clock.mockReturnValue(NOW);
    expect(await t.app.get(ReferralRetentionService).run()).toEqual({ erased: 3 });

    const after = await row(old.id);
    expect(after).toMatchObject({ details_ciphertext: null, details_key_id: null, details_erased_at: NOW });
    // Everything the reports count on, and the record of the legal basis, is untouched.
    for (const column of ['status', 'category', 'urgency', 'outcome', 'gender', 'age_broad', 'citizenship', 'country_of_exploitation', 'type_of_exploitation', 'sent_at', 'acknowledged_at', 'closed_at', 'case_code', 'consent_given_at', 'consent_given_by', 'consent_purpose', 'consent_method']) {
      expect([column, after[column]]).toEqual([column, before[column]]);
    }
    expect((await row(withdrawn.id)).details_ciphertext).toBeNull();
    expect((await row(declined.id)).details_ciphertext).toBeNull();
    expect((await row(recent.id)).details_ciphertext).not.toBeNull();
    expect((await row(open.id)).details_ciphertext).not.toBeNull();

    const audit = await t.db.dataSource.query(`SELECT entity_id, actor_user_id, changed_fields, summary FROM audit_log WHERE action = 'referral.details_erase' ORDER BY entity_id`);
    expect(audit.map((a: { entity_id: string }) => a.entity_id)).toEqual([old.id, withdrawn.id, declined.id].sort());
    expect(audit[0]).toMatchObject({ actor_user_id: null, changed_fields: ['detailsCiphertext', 'detailsKeyId'] });
    expect(JSON.stringify(audit)).not.toMatch(/Retentova|Other Person|Third Person|ZR-44/);

    // A second pass finds nothing more to do.
    expect(await t.app.get(ReferralRetentionService).run()).toEqual({ erased: 0 });
  });

  it('shows the erasure to those who may read the referral, and has no details left to reveal', async () => {
    const old = await closedAt(monthsAgo(36));
    clock.mockReturnValue(NOW);
    await t.app.get(ReferralRetentionService).run();
    const { data, errors } = await t.gql(
      `mutation($id: ID!) { revealReferralDetails(id: $id, reason: "Planning the reception") { name } }`,
      { id: old.id },
      asStaff,
    );
    expect(errors).toBeUndefined();
    expect(data.revealReferralDetails).toBeNull();
    const shown = await t.gql(`query($id: ID!) { referral(id: $id) { hasDetails detailsErasedAt gender } }`, { id: old.id }, asStaff);
    expect(shown.data.referral).toEqual({ hasDetails: false, detailsErasedAt: NOW.toISOString(), gender: 'FEMALE' });
  });
});
