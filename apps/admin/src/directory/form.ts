import { Catch, ExceptionFilter, ArgumentsHost } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import { DomainException, ErrorKind, FieldError, InvalidInputException, Language, toFieldErrors } from '@app/common';
import { Messages } from '../i18n/messages';
import { pageContext } from '../page';

/**
 * Helpers the directory and trainings pages share: form values in, field errors out, and one
 * refusal page for what the policy layer turns away.
 */

/** A posted text field, trimmed and cut; anything that is not a string (a repeated key) counts as empty. */
export function text(value: unknown, max = 10_000): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** A posted field that may repeat (checkboxes, multi-selects), as a list of strings. */
export function list(value: unknown): string[] {
  return ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string');
}

/** Validates an input with its class-validator rules, as the GraphQL API does, before any service call. */
export async function validated<T extends object>(type: new () => T, plain: Record<string, unknown>): Promise<T> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: false });
  if (errors.length) throw new InvalidInputException(toFieldErrors(errors));
  return input;
}

/**
 * Field errors for a form: the text of the first error per field, in the page's language
 * (`t[<prefix><code>]`, then `t[<prefix><field>]`, then a generic "check this field").
 */
export function fieldErrors(fields: readonly FieldError[], t: Messages, prefix: string): Record<string, string> {
  const texts = t as unknown as Record<string, string>;
  const errors: Record<string, string> = {};
  for (const { field, code } of fields) {
    if (errors[field]) continue;
    // `participants.3.fullName` falls back to the text for `participants.fullName`.
    const generic = field.replace(/\.\d+(\.|$)/, '$1');
    errors[field] = (code && texts[`${prefix}${code}`]) || texts[`${prefix}${field}`] || texts[`${prefix}${generic}`] || t.formInvalidField;
  }
  return errors;
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

const STATUS: Partial<Record<ErrorKind, number>> = {
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.BAD_USER_INPUT]: 400,
  [ErrorKind.CONFLICT]: 409,
};

/**
 * What the services refuse, as a page: another organization's record looks like one that does
 * not exist (the policy layer answers NOT_FOUND), and nothing of it is shown.
 */
@Catch(DomainException)
export class DomainPageFilter implements ExceptionFilter {
  catch(error: DomainException, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const page = pageContext(req);
    const message =
      error.kind === ErrorKind.NOT_FOUND ? page.t.refusedNotFound : error.kind === ErrorKind.FORBIDDEN ? page.t.refusedForbidden : error.kind === ErrorKind.BAD_USER_INPUT ? page.t.refusedBadInput : page.t.refusedOther;
    res.status(STATUS[error.kind] ?? 400).render('directory/refused', { ...page, title: page.t.refusedHeading, message });
  }
}
