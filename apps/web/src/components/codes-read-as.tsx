import { useTranslation } from 'react-i18next';
import { countryName, languageName } from '../i18n/regions';

/** Codes typed in a text field (countries, languages) read back by name as they are typed, so a wrong code shows before it is saved. */
export function CodesReadAs({ id, kind, codes }: { id: string; kind: 'country' | 'language'; codes: string[] }) {
  const { t } = useTranslation();
  const name = (code: string) => (kind === 'country' ? countryName(code.toUpperCase()) : languageName(code));
  return (
    <p className="hint" id={id} aria-live="polite">
      {codes.length > 0 && t('app.readAs', { names: codes.map(name).join(', ') })}
    </p>
  );
}
