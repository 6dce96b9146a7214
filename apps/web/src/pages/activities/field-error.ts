import type { TFunction } from 'i18next';
import { ApiError, fieldProblems } from '../../api/errors';
import { problemText } from '../../components/problem';
import type { OutboxEntry } from '../../offline/device-store';

/** The API's reason in the reader's language: its rules are the same, only the words differ. */
export function translateReason(reason: string, t: TFunction, language: string): string {
  if (language === 'en') return reason;
  const atLeast = /longer than or equal to (\d+)/.exec(reason);
  const atMost = /shorter than or equal to (\d+)/.exec(reason);
  if (/must not be negative|must not be less than 0/.test(reason)) return t('fieldError.negative');
  if (/must be a date/.test(reason)) return t('fieldError.date');
  if (atLeast) return t('fieldError.atLeast', { count: Number(atLeast[1]) });
  if (atMost) return t('fieldError.atMost', { count: Number(atMost[1]) });
  if (/https? ?(\(s\) )?link|must be a URL/.test(reason)) return t('fieldError.url');
  if (/ISO 639-1/.test(reason)) return t('fieldError.languageCodes');
  if (/ISO 3166-1/.test(reason)) return t('fieldError.countryCodes');
  if (/must be e-mail addresses/.test(reason)) return t('fieldError.emails');
  if (/phone numbers in international format/.test(reason)) return t('fieldError.phones');
  if (/letters, digits and _ \. \/ - only/.test(reason)) return t('fieldError.caseCode');
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

/** The form's label of an input field the API names (`goalIds` is the goals' fieldset). */
const LABEL_OF: Record<string, string> = { goalIds: 'goals', indicatorValues: 'goals', coOrganizerIds: 'coOrganizers', participantsTotal: 'declaredTotal', attachments: 'links' };

/** Why the API refused an activity kept on the device, in the reader's words: each field as the form names it, with its reason. */
export function refusalInWords(refusal: NonNullable<OutboxEntry['refusal']>, t: TFunction, language: string): string {
  const fields = Object.entries(refusal.fields);
  if (!fields.length) return problemText(new ApiError(refusal.code ?? 'ERROR', refusal.reason, refusal.message), t);
  return fields
    .map(([path, reason]) => {
      const field = path.split('.')[0];
      return `${t(`form.${LABEL_OF[field] ?? field}`, { defaultValue: field })}: ${translateReason(reason, t, language)}`;
    })
    .join('; ');
}
