import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/layout';
import { Title } from './components/page-title';
import { useOutboxSync } from './offline/outbox-sync';
import { ActivitiesPage } from './pages/activities/activities-page';
import { ActivityFormPage } from './pages/activities/activity-form-page';
import { ActivityPage } from './pages/activities/activity-page';
import { ForgotPasswordPage } from './pages/account/forgot-password-page';
import { SetPasswordPage } from './pages/account/set-password-page';
import { HomePage } from './pages/home/home-page';
import { SignInPage } from './pages/sign-in/sign-in-page';
import { useSession } from './session/session-context';

// Pages that need the network anyway load when first opened; the activity form is in the shell, for offline use.
const ProgressPage = lazy(() => import('./pages/progress/progress-page'));
const ImportPage = lazy(() => import('./pages/import/import-page'));
const ReferralsPage = lazy(() => import('./pages/referrals/referrals-page'));
const ReferralPage = lazy(() => import('./pages/referrals/referral-page'));
const NewReferralPage = lazy(() => import('./pages/referrals/new-referral-page'));
const PartnerProfilePage = lazy(() => import('./pages/partner/partner-profile-page'));
const SettingsPage = lazy(() => import('./pages/settings/settings-page'));
const MeetingsPage = lazy(() => import('./pages/meetings/meetings-page'));
const MeetingPage = lazy(() => import('./pages/meetings/meeting-page'));
const CapacityPage = lazy(() => import('./pages/capacity/capacity-page'));
const NetworkCapacityPage = lazy(() => import('./pages/capacity/network-capacity-page'));
const ReferralStatisticsPage = lazy(() => import('./pages/statistics/referral-statistics-page'));

/** Evaluators read any organization's capacity; members their own, with its trainings and self-assessment. */
function Capacity() {
  const { user } = useSession();
  return user?.role === 'EVALUATOR' ? <NetworkCapacityPage /> : <CapacityPage />;
}

/** Partners and evaluators start where their work is: the inbox, the referral statistics. */
function Home() {
  const { user } = useSession();
  if (user?.role === 'PARTNER') return <Navigate to="/referrals" replace />;
  if (user?.role === 'EVALUATOR') return <Navigate to="/progress" replace />;
  return <HomePage />;
}

function RequireSession({ children }: { children: React.ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (status === 'signed-out') return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/** A path the app does not have (a mistyped or outdated link): said in the heading and the title, with the way home. */
function NotFound() {
  const { t } = useTranslation();
  // After Title's own effect (a sibling rendered before the routes), which names only known pages.
  useEffect(() => {
    document.title = `${t('app.notFoundHeading')} · ${t('app.name')}`;
  }, [t]);
  return (
    <section className="narrow">
      <h1>{t('app.notFoundHeading')}</h1>
      <p>{t('app.notFound')}</p>
      <p>
        <Link to="/">{t('app.goHome')}</Link>
      </p>
    </section>
  );
}

export function App() {
  const { t } = useTranslation();
  useOutboxSync();
  const page = (element: React.ReactNode) => (
    <RequireSession>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{element}</Suspense>
    </RequireSession>
  );
  return (
    <Layout>
      <Title />
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation" element={<SetPasswordPage purpose="invitation" />} />
        <Route path="/reset-password" element={<SetPasswordPage purpose="reset-password" />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/" element={page(<Home />)} />
        <Route path="/activities" element={page(<ActivitiesPage />)} />
        <Route path="/activities/new" element={page(<ActivityFormPage />)} />
        <Route path="/activities/device/:localId" element={page(<ActivityFormPage />)} />
        <Route path="/activities/:id" element={page(<ActivityPage />)} />
        <Route path="/activities/:id/edit" element={page(<ActivityFormPage />)} />
        <Route path="/progress" element={page(<ProgressPage />)} />
        <Route path="/import" element={page(<ImportPage />)} />
        <Route path="/referrals" element={page(<ReferralsPage />)} />
        <Route path="/referrals/new" element={page(<NewReferralPage />)} />
        <Route path="/referrals/:id" element={page(<ReferralPage />)} />
        <Route path="/organization" element={page(<PartnerProfilePage />)} />
        <Route path="/settings" element={page(<SettingsPage />)} />
        <Route path="/meetings" element={page(<MeetingsPage />)} />
        <Route path="/meetings/:id" element={page(<MeetingPage />)} />
        <Route path="/capacity" element={page(<Capacity />)} />
        <Route path="/statistics" element={page(<ReferralStatisticsPage />)} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}
