import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sr } from './sr';

export type AppLanguage = 'sr' | 'en';
/** The one thing the app keeps in localStorage: which language this browser reads in. */
const STORAGE_KEY = 'atp.language';

function initialLanguage(): AppLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'sr' || stored === 'en') return stored;
  return navigator.language?.toLowerCase().startsWith('sr') ? 'sr' : navigator.language ? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'sr') : 'sr';
}

/** BCP 47 tags for Intl and <html lang>: Serbian is always written in Latin script here. */
export const LOCALE: Record<AppLanguage, string> = { sr: 'sr-Latn-RS', en: 'en-GB' };

void i18next.use(initReactI18next).init({
  resources: { sr: { translation: sr }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'sr',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = LOCALE[i18next.language as AppLanguage] ?? 'sr-Latn';
i18next.on('languageChanged', (language) => {
  document.documentElement.lang = LOCALE[language as AppLanguage] ?? 'sr-Latn';
});

export const currentLanguage = (): AppLanguage => (i18next.language === 'en' ? 'en' : 'sr');

/** Changes the language of this browser and remembers it. */
export function chooseLanguage(language: AppLanguage, remember = true): void {
  if (remember) localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

export const formatDate = (isoDate: string) =>
  new Intl.DateTimeFormat(LOCALE[currentLanguage()], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate));
/** A moment as date and time, in the reader's time zone, or in `timeZone` (a meeting's) when given. */
export const formatDateTime = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat(LOCALE[currentLanguage()], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

/** When a meeting is, in its own time zone (as its invitations say it): the day once when it starts and ends on it. */
export function formatMeetingTime(startsAt: string, endsAt: string, timeZone: string): string {
  const locale = LOCALE[currentLanguage()];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  if (day.format(new Date(startsAt)) !== day.format(new Date(endsAt))) return `${formatDateTime(startsAt, timeZone)} – ${formatDateTime(endsAt, timeZone)}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).formatRange(new Date(startsAt), new Date(endsAt));
}
export const formatNumber = (value: number) => new Intl.NumberFormat(LOCALE[currentLanguage()]).format(value);

export default i18next;
