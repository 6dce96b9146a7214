import '../referrals/referrals.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gql } from '../../api/client';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import { chooseLanguage, currentLanguage } from '../../i18n';

const SetPreferredLanguageMutation = graphql(`
  mutation SetPreferredLanguage($language: Language!) {
    setPreferredLanguage(language: $language) {
      id
      language
    }
  }
`);

/** Each person's language: of the app on this browser and of the mails the portal sends them. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const language = String(new FormData(event.currentTarget).get('language')) === 'en' ? 'en' : 'sr';
    setError(null);
    try {
      await gql(SetPreferredLanguageMutation, { language: language === 'en' ? 'EN' : 'SR' });
      chooseLanguage(language);
      setNotice(t('settings.saved', { language: t(`settings.${language}`, { lng: language }) }));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section className="narrow">
      <h1>{t('settings.heading')}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={error} />
      <form onSubmit={(event) => void save(event)}>
        <fieldset className="checks">
          <legend>{t('settings.language')}</legend>
          <label className="check partner-choice">
            <input type="radio" name="language" value="sr" defaultChecked={currentLanguage() === 'sr'} /> <span lang="sr-Latn">Srpski</span>
          </label>
          <label className="check partner-choice">
            <input type="radio" name="language" value="en" defaultChecked={currentLanguage() === 'en'} /> <span lang="en">English</span>
          </label>
        </fieldset>
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </form>
    </section>
  );
}
