import { useTranslation } from 'react-i18next';

/** Status as a word (never colour alone) with a matching style. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}
