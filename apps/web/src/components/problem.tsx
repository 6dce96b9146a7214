import { useTranslation } from 'react-i18next';
import { ApiError, OfflineError } from '../api/errors';

/** A refusal or failure in words, announced to screen readers. */
export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = error instanceof OfflineError ? t('app.offline') : error instanceof ApiError ? error.message : t('app.error');
  return (
    <p className="problem" role="alert">
      {text}
    </p>
  );
}
