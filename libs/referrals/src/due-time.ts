import { ReferralUrgency } from './referral.enums';

export interface DueTimeSettings {
  criticalHours: number;
  urgentHours: number;
  routineWorkingDays: number;
}

/** When a partner must acknowledge a referral sent at `sentAt`: hours for urgent cases, working days (Mon–Fri) for routine ones. */
export function acknowledgeDueAt(sentAt: Date, urgency: ReferralUrgency, settings: DueTimeSettings): Date {
  if (urgency === ReferralUrgency.CRITICAL) return new Date(sentAt.getTime() + settings.criticalHours * 3_600_000);
  if (urgency === ReferralUrgency.URGENT) return new Date(sentAt.getTime() + settings.urgentHours * 3_600_000);
  const due = new Date(sentAt);
  let left = settings.routineWorkingDays;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const day = due.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return due;
}
