import '../referrals/referrals.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gql } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Problem } from '../../components/problem';
import { useSignOut } from '../../components/sign-out';
import { graphql } from '../../gql';
import { chooseLanguage, currentLanguage } from '../../i18n';
import { signIn } from '../../session/session';
import { passwordProblemText } from '../account/password-rules';
import { useSession } from '../../session/session-context';

const SetPreferredLanguageMutation = graphql(`
  mutation SetPreferredLanguage($language: Language!) {
    setPreferredLanguage(language: $language) {
      id
      language
    }
  }
`);

const AccountEmailQuery = graphql(`
  query AccountEmail {
    me {
      id
      email
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOut
  }
`);

/**
 * A new password, after the current one: the API ends every session of the person, so this
 * browser signs in again with the new one at once, and every other device is signed out.
 */
function PasswordForm() {
  const { t } = useTranslation();
  const { established } = useSession();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    setNotice(null);
    setError(null);
    const found: Record<string, string> = {};
    if (!currentPassword) found.currentPassword = t('password.required');
    if (!newPassword) found.newPassword = t('password.required');
    else if (newPassword !== String(data.get('confirmPassword') ?? '')) found.confirmPassword = t('setPassword.differ');
    setProblems(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      // Read before the change: the change ends this session too, and the new one starts with the address and the new password.
      const { me } = await gql(AccountEmailQuery);
      await gql(ChangePasswordMutation, { currentPassword, newPassword });
      await signIn(me.email, newPassword);
      await established();
      form.reset();
      setNotice(t('password.changed'));
    } catch (failure) {
      const byField: Record<string, string> = {};
      for (const problem of failure instanceof ApiError ? failure.fields : []) {
        if (problem.field === 'currentPassword') byField.currentPassword = t('password.wrongCurrent');
        if (problem.field === 'newPassword') byField.newPassword = passwordProblemText(problem, t);
      }
      setProblems(byField);
      if (!Object.keys(byField).length) setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: string, label: string, autoComplete: string) => (
    <div className={problems[name] ? 'field has-problem' : 'field'}>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="password" autoComplete={autoComplete} required aria-invalid={problems[name] ? true : undefined} aria-describedby={problems[name] ? `${name}-problem` : undefined} />
      {problems[name] && (
        <p className="field-problem" id={`${name}-problem`}>
          {problems[name]}
        </p>
      )}
    </div>
  );
  return (
    <form onSubmit={(event) => void change(event)} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.heading')}</h2>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Problem error={error} />
      {field('currentPassword', t('password.current'), 'current-password')}
      {field('newPassword', t('password.new'), 'new-password')}
      {field('confirmPassword', t('setPassword.confirm'), 'new-password')}
      <p className="hint">{t('password.rules')}</p>
      <button type="submit" className="primary" disabled={busy}>
        {t('password.submit')}
      </button>
    </form>
  );
}

/** For a lost or shared device: every session of the person ends, this one too (after asking about work not sent yet). */
function SignOutEverywhere() {
  const { t } = useTranslation();
  const leave = useSignOut();
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setError(null);
    await leave.request(() => gql(SignOutEverywhereMutation)).catch(setError);
  };
  return (
    <section aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('password.devicesHeading')}</h2>
      <p>{t('password.devicesIntro')}</p>
      <Problem error={error} />
      <button type="button" className="secondary" disabled={leave.busy} onClick={() => void run()}>
        {t('password.signOutEverywhere')}
      </button>
      {leave.dialog}
    </section>
  );
}

/** Each person's language (of the app on this browser and of the mails the portal sends them), password and sessions. */
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
      <PasswordForm />
      <SignOutEverywhere />
    </section>
  );
}
