import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { chooseLanguage, currentLanguage, type AppLanguage } from '../i18n';
import { useSession } from '../session/session-context';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function LanguagePicker() {
  const { t } = useTranslation();
  return (
    <div className="language">
      <label htmlFor="language">{t('app.language')}</label>
      <select id="language" value={currentLanguage()} onChange={(event) => chooseLanguage(event.target.value as AppLanguage)}>
        <option value="sr" lang="sr-Latn">
          Srpski
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, user, signOut } = useSession();
  const online = useOnline();
  const navigate = useNavigate();
  const signedIn = status === 'signed-in' || status === 'offline';
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <NavLink to="/">{t('app.name')}</NavLink> <span>{t('app.tagline')}</span>
        </div>
        <div className="top-tools">
          <LanguagePicker />
          {signedIn && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void signOut().then(() => navigate('/sign-in'));
              }}
            >
              {t('app.signOut')}
              {user ? <span className="visually-hidden"> ({user.fullName})</span> : null}
            </button>
          )}
        </div>
      </header>
      {signedIn && (
        <nav aria-label={t('app.nav')} className="main-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/activities" end>
                {t('nav.activities')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/activities/new">{t('nav.newActivity')}</NavLink>
            </li>
            <li>
              <NavLink to="/progress">{t('nav.progress')}</NavLink>
            </li>
            <li>
              <NavLink to="/import">{t('nav.import')}</NavLink>
            </li>
          </ul>
        </nav>
      )}
      {!online && (
        <p className="offline-banner" role="status">
          {t('app.offline')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
