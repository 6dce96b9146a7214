import type { TFunction } from 'i18next';

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
