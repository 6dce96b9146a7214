import { currentLanguage, LOCALE, type AppLanguage } from './index';

/**
 * The countries and territories of ISO 3166-1 (alpha-2, 249), and XK, which the EU and Serbia's
 * partners use for Kosovo. The API takes any two capital letters; the names come from the browser's
 * own data (Intl.DisplayNames), in the reader's language.
 */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

const names = (type: 'region' | 'language', language: AppLanguage = currentLanguage()) => new Intl.DisplayNames([LOCALE[language]], { type, fallback: 'none' });

/** A country's name in the reader's language ("Srbija", "Serbia"), or its code when the browser has no name for it. */
export function countryName(code: string): string {
  return names('region').of(code) ?? code;
}

/** A language's name in the reader's language ("srpski", "Serbian"), or its code. */
export function languageName(code: string): string {
  try {
    return names('language').of(code) ?? code;
  } catch {
    return code; // not a language tag at all
  }
}

/** Every country as a choice, sorted by its name the way the reader's language sorts. */
export function countryChoices(language: AppLanguage): { code: string; name: string }[] {
  const display = names('region', language);
  const collator = new Intl.Collator(LOCALE[language]);
  return COUNTRY_CODES.map((code) => ({ code, name: display.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}
