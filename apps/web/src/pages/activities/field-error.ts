import type { TFunction } from 'i18next';
import { fieldProblems } from '../../api/errors';

/** The API's reason in the reader's language: its rules are the same, only the words differ. */
export function translateReason(reason: string, t: TFunction, language: string): string {
  if (language === 'en') return reason;
  const atLeast = /longer than or equal to (\d+)/.exec(reason);
  const atMost = /shorter than or equal to (\d+)/.exec(reason);
  if (/must not be negative|must not be less than 0/.test(reason)) return t('fieldError.negative');
  if (/must be a date/.test(reason)) return t('fieldError.date');
  if (atLeast) return t('fieldError.atLeast', { count: Number(atLeast[1]) });
  if (atMost) return t('fieldError.atMost', { count: Number(atMost[1]) });
  if (/http\(s\) link|must be a URL/.test(reason)) return t('fieldError.url');
  if (/strategic goal/.test(reason)) return t('fieldError.goal');
  if (/must not be before/.test(reason)) return t('fieldError.before');
  if (/add up/.test(reason)) return t('fieldError.sum');
  if (/locked/.test(reason)) return t('fieldError.locked');
  return reason;
}

/** Problems of one field and of its nested parts (`participants` also gets `participants.0.count`). */
export function problemOf(problems: Record<string, string>, field: string): string | undefined {
  const found = Object.entries(problems).filter(([path]) => path === field || path.startsWith(`${field}.`));
  return found.length ? found.map(([, reason]) => reason).join(' ') : undefined;
}

/** Why the API would not submit an activity, in the reader's words; undefined when its refusal names no field. */
export function refusalReasons(error: unknown, t: TFunction, language: string): string | undefined {
  const reasons = Object.values(fieldProblems(error)).map((reason) => translateReason(reason, t, language));
  return reasons.length ? reasons.join('; ') : undefined;
}
