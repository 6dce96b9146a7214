import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gql } from '../../api/client';
import { fieldProblems } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { CodesReadAs } from '../../components/codes-read-as';
import { translateReason } from '../../i18n/reasons';
import { Problem } from '../../components/problem';
import { graphql } from '../../gql';
import type { PartnerProfileInput, ReferralCategory } from '../../gql/graphql';
import { useSession } from '../../session/session-context';
import { REFERRAL_CATEGORIES } from '../referrals/referral-documents';

const MyPartnerProfileQuery = graphql(`
  query MyPartnerProfile {
    myPartnerProfile {
      organizationId
      acceptedCategories
      languages
      countriesCovered
      contactEmails
      contactPhones
    }
  }
`);

const SetPartnerProfileMutation = graphql(`
  mutation SetPartnerProfile($organizationId: ID!, $input: PartnerProfileInput!) {
    setPartnerProfile(organizationId: $organizationId, input: $input) {
      organizationId
      acceptedCategories
      languages
      countriesCovered
      contactEmails
      contactPhones
    }
  }
`);

const list = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** A partner keeps its own profile: what it accepts, in which languages and countries, and where referral mails go. */
export default function PartnerProfilePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { data, error, loading, reload } = useQuery(MyPartnerProfileQuery, {});
  const [saveError, setSaveError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // What is being typed in the fields of codes, read back by name.
  const [typed, setTyped] = useState<Record<string, string[]>>({});
  const problems = fieldProblems(saveError);

  if (error) return <Problem error={error} />;
  if (loading && !data) return <p role="status">{t('app.loading')}</p>;
  const profile = data?.myPartnerProfile;

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: PartnerProfileInput = {
      acceptedCategories: form.getAll('categories').map(String) as ReferralCategory[],
      languages: list(form.get('languages')),
      countriesCovered: list(form.get('countries')).map((c) => c.toUpperCase()),
      contactEmails: list(form.get('emails')),
      contactPhones: list(form.get('phones')),
    };
    setSaveError(null);
    setNotice(null);
    try {
      await gql(SetPartnerProfileMutation, { organizationId: user!.organizationId, input });
      setNotice(t('profile.saved'));
      setTyped({});
      reload();
    } catch (failure) {
      setSaveError(failure);
    }
  };

  const field = (name: string, label: string, value: string[] | undefined, problemKey: string, codes?: 'country' | 'language') => (
    <div className="field">
      <label htmlFor={`profile-${name}`}>{label}</label>
      <input
        id={`profile-${name}`}
        name={name}
        defaultValue={value?.join(', ') ?? ''}
        autoComplete="off"
        onChange={codes && ((e) => setTyped({ ...typed, [name]: list(e.target.value) }))}
        aria-describedby={[codes && `profile-${name}-read`, problems[problemKey] && `profile-${name}-problem`].filter(Boolean).join(' ') || undefined}
      />
      {codes && <CodesReadAs id={`profile-${name}-read`} kind={codes} codes={typed[name] ?? value ?? []} />}
      {problems[problemKey] && (
        <p className="field-problem" id={`profile-${name}-problem`}>
          {translateReason(problems[problemKey], t, i18n.language)}
        </p>
      )}
    </div>
  );

  return (
    <section className="narrow">
      <h1>{t('profile.heading')}</h1>
      <p>{t('profile.intro')}</p>
      {!profile && <p className="callout">{t('profile.none')}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={saveError} />
      <form onSubmit={(event) => void save(event)} key={JSON.stringify(profile)}>
        <fieldset className="checks">
          <legend>{t('profile.categories')}</legend>
          {REFERRAL_CATEGORIES.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" name="categories" value={c} defaultChecked={profile?.acceptedCategories.includes(c)} /> {t(`refCategory.${c}`)}
            </label>
          ))}
        </fieldset>
        {field('languages', t('profile.languages'), profile?.languages, 'languages', 'language')}
        {field('countries', t('profile.countries'), profile?.countriesCovered, 'countriesCovered', 'country')}
        {field('emails', t('profile.emails'), profile?.contactEmails, 'contactEmails')}
        {field('phones', t('profile.phones'), profile?.contactPhones, 'contactPhones')}
        <button type="submit" className="primary">
          {t('profile.save')}
        </button>
      </form>
    </section>
  );
}
