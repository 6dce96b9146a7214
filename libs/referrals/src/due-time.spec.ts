import { acknowledgeDueAt } from './due-time';
import { ReferralUrgency } from './referral.enums';

describe(acknowledgeDueAt.name, () => {
  const settings = { criticalHours: 2, urgentHours: 24, routineWorkingDays: 5 };

  it('gives critical cases 2 hours and urgent ones 24', () => {
    const sent = new Date('2026-11-20T10:00:00Z');
    expect(acknowledgeDueAt(sent, ReferralUrgency.CRITICAL, settings).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(acknowledgeDueAt(sent, ReferralUrgency.URGENT, settings).toISOString()).toBe('2026-11-21T10:00:00.000Z');
  });

  it('gives routine cases 5 working days, skipping the weekend', () => {
    // Friday 20 November 2026 -> Friday 27 November; Thursday 26 -> Thursday 3 December.
    expect(acknowledgeDueAt(new Date('2026-11-20T10:00:00Z'), ReferralUrgency.ROUTINE, settings).toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(acknowledgeDueAt(new Date('2026-11-26T10:00:00Z'), ReferralUrgency.ROUTINE, settings).toISOString()).toBe('2026-12-03T10:00:00.000Z');
  });
});
