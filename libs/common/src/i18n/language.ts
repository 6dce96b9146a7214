import type { IncomingHttpHeaders } from 'node:http';
import { registerEnumType } from '@nestjs/graphql';
import accepts from 'accepts';

/** The portal's two languages: Serbian in Latin script, and English. */
export enum Language {
  SR = 'sr',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'Serbian (Latin script) or English',
  valuesMap: { SR: { description: 'Srpski (latinica)' }, EN: { description: 'English' } },
});

export const DEFAULT_LANGUAGE = Language.SR;

/** A request of any of the portal's servers (Node's, Express's or Fastify's): only its headers are read. */
interface WithHeaders {
  headers: IncomingHttpHeaders;
}

/**
 * The request's language from Accept-Language. Serbian tags in any script or region
 * (`sr`, `sr-Latn-RS`, `sh`) count as Serbian; with no usable header, Serbian.
 */
export function languageOf(req: WithHeaders | undefined): Language {
  if (!req?.headers['accept-language']) return DEFAULT_LANGUAGE;
  const match = accepts(req as Parameters<typeof accepts>[0]).languages('sr', 'sr-Latn', 'sr-RS', 'sr-Latn-RS', 'sh', 'hr', 'bs', 'en');
  if (!match) return DEFAULT_LANGUAGE;
  return match.startsWith('en') ? Language.EN : Language.SR;
}

/** Picks the text for a language, falling back to the other when one is missing. */
export function localize(language: Language, sr: string, en: string | null | undefined): string;
export function localize(language: Language, sr: string | null | undefined, en: string | null | undefined): string | null;
export function localize(language: Language, sr: string | null | undefined, en: string | null | undefined): string | null {
  const preferred = language === Language.EN ? en : sr;
  return preferred || sr || en || null;
}
