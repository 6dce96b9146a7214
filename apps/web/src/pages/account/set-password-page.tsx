import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { setPasswordWithLink } from '../../session/session';
import { useSession } from '../../session/session-context';
import { passwordProblemText } from './password-rules';

/** Where an invitation or reset link lands: the person sets a password and is signed in here. */
export function SetPasswordPage({ purpose }: { purpose: 'invitation' | 'reset-password' }) {
  const { t } = useTranslation();
  const { established } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(token ? null : t('setPassword.linkMissing'));
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) return setError(t('setPassword.differ'));
    setBusy(true);
    setError(null);
    try {
      await setPasswordWithLink(purpose, token, password);
      await established();
      // The token leaves the address bar and the history as soon as it has been used.
      void navigate('/', { replace: true });
    } catch (failure) {
      const passwordProblem = failure instanceof ApiError ? failure.fields.find((f) => f.field === 'password') : undefined;
      setError(passwordProblem ? passwordProblemText(passwordProblem, t) : failure instanceof ApiError ? t('setPassword.linkInvalid') : t('app.offline'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{purpose === 'invitation' ? t('setPassword.invitationHeading') : t('setPassword.resetHeading')}</h1>
      <p>{t('setPassword.intro')}</p>
      <form onSubmit={submit} noValidate>
        {error && (
          <p className="problem" role="alert" id="password-problem">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="new-password">{t('setPassword.password')}</label>
          <input id="new-password" type="password" autoComplete="new-password" minLength={12} required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="confirm-password">{t('setPassword.confirm')}</label>
          <input id="confirm-password" type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy || !token}>
          {t('setPassword.submit')}
        </button>
      </form>
    </section>
  );
}
