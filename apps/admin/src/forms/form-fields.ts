import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldError, InvalidInputException, Language, toFieldErrors } from '@app/common';
import { Messages } from '../i18n/messages';

/**
 * The admin app's forms, one way for every page: posted values in (text, lists, numbers as people
 * type them), the input's own class-validator rules, and field errors out in the page's language.
 */

/** A posted text field, trimmed and cut; anything that is not a string (a repeated key) counts as empty. */
export function text(value: unknown, max = 10_000): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** A posted value exactly as typed (a password, Markdown, a text refused for its length), cut only at `max`; a non-string is empty. */
export function typed(value: unknown, max = Number.POSITIVE_INFINITY): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** A posted field that may repeat (checkboxes, multi-selects, rows), as a list of strings. */
export function list(value: unknown): string[] {
  return ([] as unknown[]).concat(value ?? []).filter((v): v is string => typeof v === 'string');
}

/**
 * A number as people type it: "12,5" and "12.5", "1.000" in Serbian and "1,000" in English, "1 500".
 * Empty is null; anything else NaN, which the input's rules refuse naming the field.
 */
export function parseNumber(value: string, lang: Language = Language.SR): number | null {
  let compact = value.replace(/\s/g, '');
  if (!compact) return null;
  const comma = compact.lastIndexOf(',');
  const dot = compact.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the later one separates the decimals.
    compact = comma > dot ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  } else if (comma >= 0) {
    compact = /,\d{3}$/.test(compact) && lang === Language.EN ? compact.replace(/,/g, '') : compact.replace(',', '.');
  } else if (dot >= 0 && /\.\d{3}$/.test(compact) && lang === Language.SR) {
    compact = compact.replace(/\./g, '');
  }
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** What an input's class-validator rules refuse in a form's values, as the GraphQL API would refuse it. */
export async function problemsOf<T extends object>(type: new () => T, plain: Record<string, unknown>): Promise<{ input: T; fields: FieldError[] }> {
  const input = plainToInstance(type, plain);
  return { input, fields: toFieldErrors(await validate(input, { whitelist: true, forbidNonWhitelisted: false })) };
}

/** Validates an input with its class-validator rules, as the GraphQL API does, before any service call. */
export async function validated<T extends object>(type: new () => T, plain: Record<string, unknown>): Promise<T> {
  const { input, fields } = await problemsOf(type, plain);
  if (fields.length) throw new InvalidInputException(fields);
  return input;
}

/**
 * Field errors for a form: the text of the first error per field, in the page's language:
 * `t[<prefix><code>]`, then `t[<prefix><field>]` (`participants.3.fullName` falls back to
 * `participants.fullName`, then to `participants`), then a generic "check this field". `keyOf`
 * names the place on the form an error shows at (by default its field).
 */
export function fieldErrors(fields: readonly FieldError[], t: Messages, prefix: string, keyOf: (field: string) => string = (field) => field): Record<string, string> {
  const texts = t as unknown as Record<string, string>;
  const errors: Record<string, string> = {};
  for (const { field, code } of fields) {
    const key = keyOf(field);
    if (errors[key]) continue;
    const withoutRows = field.replace(/\.\d+(\.|$)/, '$1');
    const top = field.split('.')[0];
    errors[key] = (code && texts[`${prefix}${code}`]) || texts[`${prefix}${field}`] || texts[`${prefix}${withoutRows}`] || texts[`${prefix}${top}`] || t.formInvalidField;
  }
  return errors;
}

/** Every refused field as a list under the form: the field's name in the page's language (`t[<prefix><field>]`) and why. */
export function namedProblems(fields: readonly FieldError[], t: Messages, prefix: string): { field: string; reason: string }[] {
  const names = t as unknown as Record<string, string>;
  return fields.map(({ field, reason }) => ({ field: names[`${prefix}${field}`] ?? names[`${prefix}${field.split('.')[0]}`] ?? field, reason }));
}
