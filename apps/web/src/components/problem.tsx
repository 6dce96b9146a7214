import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, OfflineError } from '../api/errors';

/** The API's refusals that name no field, by code (and reason), in the reader's words rather than the API's English. */
const REFUSALS: Record<string, string> = {
  'CONFLICT/ILLEGAL_TRANSITION': 'refusal.changedMeanwhile',
  'CONFLICT/STALE_VERSION': 'refusal.staleVersion',
  'CONFLICT/NOT_EDITABLE': 'refusal.notEditable',
  'CONFLICT/PERIOD_LOCKED': 'refusal.periodLocked',
  'CONFLICT/MEETING_CANCELLED': 'refusal.meetingCancelled',
  FORBIDDEN: 'refusal.forbidden',
  NOT_FOUND: 'refusal.notFound',
  TOO_MANY_REQUESTS: 'refusal.tooMany',
  UNAUTHENTICATED: 'refusal.signIn',
};

/** What went wrong, in words: a known refusal translated, any other refusal as the API said it (its fields and reasons), else a failure. */
export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof OfflineError) return t('app.offline');
  if (!(error instanceof ApiError)) return t('app.error');
  const known = REFUSALS[`${error.code}/${error.reason}`] ?? REFUSALS[error.code];
  return known ? t(known) : error.message;
}

/** A refusal or failure in words, announced to screen readers. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="problem" role="alert">
      {problemText(error, t)}
    </p>
  );
}
