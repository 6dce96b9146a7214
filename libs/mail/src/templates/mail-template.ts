import { Language } from '@app/common';
import { escapeHtml } from './escape-html';

/** A mail ready to send: the same message as HTML and as plain text. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** An iCalendar object sent along (text/calendar alternative and .ics attachment), for meeting mails. */
  calendar?: MailCalendar;
}

/** An iTIP message (RFC 5546) as the mail carries it. */
export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  /** The whole VCALENDAR text. */
  content: string;
  filename: string;
}

/** Renders one template for a recipient's language. Parameters are never trusted as HTML. */
export type MailTemplate<P> = (params: P, language: Language) => RenderedMail;

/** Paragraphs and one call-to-action link, the shape every mail of the portal has. */
export interface MailBody {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; link: string };
  /** Further links after the main one (e.g. the three answers to an invitation). */
  links?: { label: string; link: string }[];
  closing: string[];
}

const FOOTER: Record<Language, string> = {
  [Language.SR]: 'Ovu poruku je automatski poslao portal Antitrafiking mreže (ASTRA). Molimo vas da na nju ne odgovarate.',
  [Language.EN]: 'This message was sent automatically by the portal of the Anti-Trafficking network (ASTRA). Please do not reply to it.',
};

/** Lays a body out as plain text and as simple HTML; every parameter is escaped in the HTML. */
export function layout(language: Language, body: MailBody): RenderedMail {
  const link = safeLink(body.action.link);
  const links = (body.links ?? []).map((l) => ({ label: l.label, link: safeLink(l.link) }));
  const text = [
    body.greeting,
    '',
    ...body.paragraphs.flatMap((p) => [p, '']),
    `${body.action.label}:`,
    link,
    '',
    ...links.flatMap((l) => [`${l.label}:`, l.link, '']),
    ...body.closing,
    '',
    '--',
    FOOTER[language],
    '',
  ].join('\n');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #222;">',
    `<p>${escapeHtml(body.greeting)}</p>`,
    ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 8px 16px; background: #8b1e3f; color: #fff; text-decoration: none;">${escapeHtml(body.action.label)}</a></p>`,
    `<p style="font-size: 90%;">${escapeHtml(link)}</p>`,
    ...links.map((l) => `<p><a href="${escapeHtml(l.link)}">${escapeHtml(l.label)}</a></p>`),
    ...body.closing.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<hr><p style="font-size: 80%; color: #666;">${escapeHtml(FOOTER[language])}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject: body.subject, text, html };
}

/** Only http(s) links reach a mail: a `javascript:` or `data:` link in a parameter is a bug or an attack. */
export function safeLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new Error('A mail link must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('A mail link must be an absolute http(s) URL');
  return url.toString();
}

/** Parameters come back from jsonb untyped: a missing one must fail the attempt, not print "undefined". */
export function requireParams<P extends object>(params: P, keys: (keyof P & string)[]): P {
  for (const key of keys) {
    const value = (params as Record<string, unknown> | null)?.[key];
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`Mail parameter "${key}" is missing`);
  }
  return params;
}

const TIME_ZONE = 'Europe/Belgrade';
const LOCALE: Record<Language, string> = { [Language.SR]: 'sr-Latn-RS', [Language.EN]: 'en-GB' };

/**
 * A moment as the recipient reads it, in Serbian time unless another IANA zone is given (a meeting
 * abroad): "25. novembar 2026. 09:39", "25 November 2026 at 09:39".
 */
export function formatMoment(iso: string, language: Language, timeZone = TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error('A mail date parameter must be an ISO 8601 timestamp');
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/**
 * A moment with its time zone spelled out, for readers in other countries (a referral's due time):
 * "25 November 2026 at 09:39 CET (Europe/Belgrade)", "25. novembar 2026. 09:39 CET (Europe/Belgrade)".
 */
export function formatMomentWithZone(iso: string, language: Language, timeZone = TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error('A mail date parameter must be an ISO 8601 timestamp');
  const text = new Intl.DateTimeFormat(LOCALE[language], { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone }).format(date);
  return `${text} (${timeZone})`;
}
