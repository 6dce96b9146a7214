import { Referral } from '../referral.entity';
import { ReferralCategory, ReferralStatus, ReferralUrgency } from '../referral.enums';
import { toReferralType } from './referral.type';

describe(toReferralType.name, () => {
  const row = Object.assign(new Referral(), {
    id: 'b3f1c2de-0000-4000-8000-000000000001',
    reference: 'AT-2026-000001',
    sendingOrganizationId: 'org-sender',
    partnerOrganizationId: 'org-partner',
    networkId: 'net',
    category: ReferralCategory.VICTIM_ASSISTANCE_ABROAD,
    urgency: ReferralUrgency.URGENT,
    status: ReferralStatus.DECLINED,
    detailsCiphertext: Buffer.from('secret details'),
    detailsKeyId: 'k2026',
    declineReasonCiphertext: Buffer.from('secret reason'),
    declineReasonKeyId: 'k2026',
    outcomeReasonCiphertext: null,
    outcomeReasonKeyId: null,
    retentionWarnedAt: new Date('2026-01-01T00:00:00Z'),
    reminderSentAt: new Date('2026-01-02T00:00:00Z'),
    escalatedAt: new Date('2026-01-03T00:00:00Z'),
  });

  it('carries no ciphertext, key id or escalation and retention bookkeeping to GraphQL', () => {
    const sut = toReferralType(row);
    expect(Object.values(sut).some((value) => Buffer.isBuffer(value))).toBe(false);
    expect(Object.keys(sut).filter((key) => /ciphertext|keyid|warned|reminder|escalated/i.test(key))).toEqual([]);
  });

  it('tells only whether details and reasons are stored', () => {
    const sut = toReferralType(row);
    expect({ hasDetails: sut.hasDetails, hasDeclineReason: sut.hasDeclineReason, hasOutcomeReason: sut.hasOutcomeReason }).toEqual({ hasDetails: true, hasDeclineReason: true, hasOutcomeReason: false });
    expect(toReferralType({ ...row, detailsCiphertext: null } as Referral).hasDetails).toBe(false);
  });
});
