import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n';

/** "2 d 4 h", "3 h 10 min", "12 min": short, and the same in both languages. */
export function duration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

/** Time left before the acknowledgment is due, counted down each minute; overdue in words, not colour alone. */
export function Countdown({ dueAt }: { dueAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = new Date(dueAt).getTime() - now;
  const overdue = left < 0;
  return (
    <span className={overdue ? 'due overdue' : 'due'}>
      <strong>{overdue ? t('inbox.overdue', { time: duration(left) }) : t('inbox.dueIn', { time: duration(left) })}</strong>{' '}
      <span className="muted">
        ({t('inbox.dueAt', { at: formatDateTime(dueAt) })})
      </span>
    </span>
  );
}

/** A referral's status as a word, styled by kind. */
export function ReferralStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-ref-${status.toLowerCase()}`}>{t(`refStatus.${status}`, { defaultValue: status })}</span>;
}
