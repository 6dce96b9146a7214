import { registerEnumType } from '@nestjs/graphql';

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

/** Anything with Express' content negotiation (`req.acceptsLanguages`). */
interface NegotiatesLanguage {
  acceptsLanguages(...languages: string[]): string | false;
}

/**
 * The request's language from Accept-Language. Serbian tags in any script or region
 * (`sr`, `sr-Latn-RS`, `sh`) count as Serbian; with no usable header, Serbian.
 */
export function languageOf(req: NegotiatesLanguage | undefined): Language {
  const match = req?.acceptsLanguages('sr', 'sr-Latn', 'sr-RS', 'sr-Latn-RS', 'sh', 'hr', 'bs', 'en');
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
