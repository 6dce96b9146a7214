import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gql } from '../../api/client';
import { ApiError } from '../../api/errors';
import { graphql } from '../../gql';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * A person who forgot her password asks for a link to choose a new one. The answer is the same
 * whether or not the address has an account (the API's too), so no one learns who has one.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return setError(t('forgot.emailMissing'));
    setBusy(true);
    setError(null);
    try {
      await gql(RequestPasswordResetMutation, { email: email.trim() });
      setSentTo(email.trim());
    } catch (failure) {
      setError(failure instanceof ApiError && failure.code === 'TOO_MANY_REQUESTS' ? t('signIn.tooMany') : failure instanceof ApiError ? t('app.error') : t('app.offline'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{t('forgot.heading')}</h1>
      {sentTo ? (
        <p className="notice" role="status">
          {t('forgot.sent', { email: sentTo })}
        </p>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form onSubmit={submit} noValidate>
            {error && (
              <p className="problem" role="alert" id="forgot-problem">
                {error}
              </p>
            )}
            <div className="field">
              <label htmlFor="email">{t('signIn.email')}</label>
              <input
                id="email"
                type="email"
                autoComplete="username"
                required
                value={email}
                aria-describedby={error ? 'forgot-problem' : undefined}
                onChange={(e) => setEmail(e.target.value)}
              />
            </div>
            <button type="submit" className="primary" disabled={busy}>
              {t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </section>
  );
}
