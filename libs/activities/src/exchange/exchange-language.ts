import { Language, languageOf } from '@app/common';
import type { HttpRequest } from '@app/common';

/** Query parameters of the file endpoints that are not a filter: the admin app's `lang`. */
export const LANGUAGE_PARAMETER = 'lang';

/** The language of a download's headers and of an import's messages: `?lang=sr|en` (the admin app's links), else Accept-Language. */
export function exchangeLanguage(req: HttpRequest): Language {
  const asked = (req.query as Record<string, unknown> | undefined)?.[LANGUAGE_PARAMETER];
  if (asked === Language.EN || asked === Language.SR) return asked;
  return languageOf(req);
}
