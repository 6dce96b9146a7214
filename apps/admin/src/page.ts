import type { Request } from 'express';
import { Language, languageOf } from '@app/common';
import { User } from '@app/users';
import { MESSAGES, Messages } from './i18n/messages';
import { csrfToken } from './session';

export interface PageContext {
  lang: Language;
  otherLang: Language;
  t: Messages;
  csrf: string;
  user?: { fullName: string; role: string; coordinator: boolean };
  path: string;
}

/**
 * What every page's layout needs: the language (?lang=, then the `lang` cookie, then
 * Accept-Language), its texts, the form token and the signed-in user.
 */
export function pageContext(req: Request): PageContext {
  const asked = (req.query.lang as string | undefined) ?? cookie(req, 'lang');
  const lang = asked === Language.EN || asked === Language.SR ? asked : languageOf(req);
  const user = (req as Request & { adminUser?: User }).adminUser;
  return {
    lang,
    otherLang: lang === Language.SR ? Language.EN : Language.SR,
    t: MESSAGES[lang],
    csrf: csrfToken(req),
    user: user && { fullName: user.fullName, role: user.role, coordinator: user.role === 'COORDINATOR' },
    path: req.path,
  };
}

function cookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  const match = header.split(';').map((c) => c.trim().split('=')).find(([key]) => key === name);
  return match ? decodeURIComponent(match[1] ?? '') : undefined;
}

/** Dates and numbers as people of the page's language write them. */
export function formatDate(value: Date | string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === Language.EN ? 'en-GB' : 'sr-Latn-RS', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Belgrade' }).format(new Date(value));
}

/** Numbers as the page's language writes them: 6,5 in Serbian, 6.5 in English. */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === Language.EN ? 'en-GB' : 'sr-Latn-RS', { maximumFractionDigits: 2 }).format(value);
}

/** A date with the time of day, in Belgrade. */
export function formatDateTime(value: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === Language.EN ? 'en-GB' : 'sr-Latn-RS', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Belgrade',
  }).format(value);
}

/** "Next page" keeps the list's filters and adds the cursor. */
export function nextPageLink(path: string, query: Record<string, string | undefined>, endCursor: string | null, hasNextPage: boolean): string | null {
  if (!hasNextPage || !endCursor) return null;
  const params = new URLSearchParams(Object.entries({ ...query, after: endCursor }).filter((entry): entry is [string, string] => !!entry[1]));
  return `${path}?${params.toString()}`;
}
