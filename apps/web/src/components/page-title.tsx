import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../session/session-context';
import { navFor } from './layout';

/** Pages outside the navigation, by path, with the text that names them. */
const PAGES_OUTSIDE_NAVIGATION: [string, string][] = [
  ['/referrals/new', 'refNav.newReferral'],
  ['/sign-in', 'signIn.heading'],
  ['/invitation', 'setPassword.invitationHeading'],
  ['/reset-password', 'setPassword.resetHeading'],
  ['/forgot-password', 'forgot.heading'],
];

/**
 * The text naming the page at a path, for the document title (the browser tab, the history, the
 * first thing a screen reader announces): the deepest page of the person's navigation, or of the
 * pages outside it, that the path falls under; the app's name alone for any other.
 */
function titleKeyFor(pathname: string, role: string | undefined): string | null {
  const under = (path: string) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`));
  const matches = [...PAGES_OUTSIDE_NAVIGATION, ...navFor(role)].filter(([path]) => under(path));
  return matches.sort(([a], [b]) => b.length - a.length)[0]?.[1] ?? null;
}

/** Names the page in the document title as the path says; rendered before the routes, so a page may name itself more closely after it. */
export function Title() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  useEffect(() => {
    const key = titleKeyFor(location.pathname, user?.role);
    document.title = key ? `${t(key)} · ${t('app.name')}` : t('app.name');
  }, [location.pathname, user?.role, t]);
  return null;
}


/**
 * A page showing one thing (an activity, a meeting, a referral) names it first in the title, before
 * its section: "Radionica u Nišu · Aktivnosti · AT mreža". Runs after `Title`, which names only the section.
 */
export function useDetailTitle(name: string | undefined): void {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  useEffect(() => {
    if (!name) return;
    const key = titleKeyFor(pathname, user?.role);
    document.title = [name, key && t(key), t('app.name')].filter(Boolean).join(' · ');
  }, [name, pathname, user?.role, t]);
}
