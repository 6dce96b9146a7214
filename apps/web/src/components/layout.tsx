import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { gql } from '../api/client';
import { graphql } from '../gql';
import { chooseLanguage, currentLanguage, type AppLanguage } from '../i18n';
import { useSession } from '../session/session-context';
import { useSignOut } from './sign-out';

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

const SetPreferredLanguageMutation = graphql(`
  mutation SetPreferredLanguage($language: Language!) {
    setPreferredLanguage(language: $language) {
      id
      language
    }
  }
`);

/** The language of this browser, and, when signed in, the person's own setting (her mails follow it too). */
export function LanguagePicker() {
  const { t } = useTranslation();
  const { status } = useSession();
  const choose = (language: AppLanguage) => {
    chooseLanguage(language);
    if (status === 'signed-in') void gql(SetPreferredLanguageMutation, { language: language === 'en' ? 'EN' : 'SR' }).catch(() => undefined);
  };
  return (
    <div className="language">
      <label htmlFor="language">{t('app.language')}</label>
      <select id="language" value={currentLanguage()} onChange={(event) => choose(event.target.value as AppLanguage)}>
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

/** Member organizations (and coordinators) log activities; partners and evaluators do not (the policy table says so too). */
export const logsActivities = (role: string | undefined) => role === 'MEMBER_STAFF' || role === 'MEMBER_ADMIN' || role === 'COORDINATOR';

/** Where the admin app is, as the API tells it in the page (member admins manage their people there). */
const adminUrl = document.querySelector<HTMLMetaElement>('meta[name="atp-admin-url"]')?.content ?? '';

/** What the app is for the person: partners answer referrals, evaluators read aggregates, members log activities. */
function taglineFor(role: string | undefined): string {
  if (!role) return 'app.taglineSignedOut';
  if (role === 'PARTNER') return 'app.taglinePartner';
  if (role === 'EVALUATOR') return 'app.taglineEvaluator';
  return 'app.tagline';
}

/** Navigation by role: partners see only their referral pages, evaluators only aggregates (progress, capacity, referral statistics). */
export function navFor(role: string | undefined): [string, string][] {
  if (role === 'PARTNER') return [['/referrals', 'refNav.inbox'], ['/organization', 'refNav.profile'], ['/settings', 'refNav.settings']];
  if (role === 'EVALUATOR') return [['/progress', 'nav.progress'], ['/capacity', 'refNav.capacity'], ['/statistics', 'refNav.statistics'], ['/settings', 'refNav.settings']];
  return [
    ['/', 'nav.home'],
    ['/activities', 'nav.activities'],
    ['/activities/new', 'nav.newActivity'],
    ['/progress', 'nav.progress'],
    ['/import', 'nav.import'],
    ['/referrals', 'refNav.referrals'],
    ['/meetings', 'refNav.meetings'],
    ['/capacity', 'refNav.capacity'],
    ['/statistics', 'refNav.statistics'],
    ['/settings', 'refNav.settings'],
  ];
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const online = useOnline();
  const signedIn = status === 'signed-in' || status === 'offline';
  const leave = useSignOut();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <NavLink to="/">{t('app.name')}</NavLink> <span>{t(taglineFor(signedIn ? user?.role : undefined))}</span>
        </div>
        <div className="top-tools">
          <LanguagePicker />
          {signedIn && (
            <button
              type="button"
              className="link-button"
              disabled={leave.busy}
              onClick={() => {
                void leave.request();
              }}
            >
              {t('app.signOut')}
              {user ? <span className="visually-hidden"> ({user.fullName})</span> : null}
            </button>
          )}
        </div>
      </header>
      {leave.dialog}
      {signedIn && (
        <nav aria-label={t('app.nav')} className="main-nav">
          <ul>
            {navFor(user?.role).map(([to, key]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/' || to === '/activities' || to === '/referrals'}>
                  {t(key)}
                </NavLink>
              </li>
            ))}
            {user?.role === 'MEMBER_ADMIN' && adminUrl && (
              <li>
                <a href={`${adminUrl}/users`}>{t('nav.people')}</a>
              </li>
            )}
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
