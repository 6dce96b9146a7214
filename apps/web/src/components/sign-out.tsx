import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { outbox } from '../offline/device-store';
import { sendWaiting } from '../offline/outbox-sync';
import { useSession } from '../session/session-context';

/**
 * Asks before signing out would delete activities still kept on this device (signing out clears
 * the device, for the next person to use it): a modal dialog, focus on staying.
 */
function UnsentWarning({ count, onStay, onLeave }: { count: number; onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="confirm" aria-labelledby="unsent-heading" aria-describedby="unsent-text" onCancel={onStay} data-testid="unsent-warning">
      <h2 id="unsent-heading">{t('app.unsentHeading')}</h2>
      <p id="unsent-text">{t('app.unsent', { count })}</p>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={onStay}>
          {t('app.unsentStay')}
        </button>
        <button type="button" className="secondary" onClick={onLeave}>
          {t('app.unsentLeave', { count })}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Signing out without losing work: what waits on this device is sent first (after any sending
 * already under way), and if any is still here the person is asked. `request(first)` runs `first`
 * (e.g. ending every session) only once she goes; `dialog` is rendered where the page wants it.
 */
export function useSignOut(): { request: (first?: () => Promise<unknown>) => Promise<void>; busy: boolean; dialog: ReactNode } {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<{ count: number; first?: () => Promise<unknown> } | null>(null);
  // While what waits is being sent (a slow network), a second press starts nothing more.
  const [busy, setBusy] = useState(false);
  const leave = async (first?: () => Promise<unknown>) => {
    setAsking(null);
    if (first) await first();
    await signOut();
    await navigate('/sign-in');
  };
  const request = async (first?: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    try {
      if (user) await sendWaiting(user.id, { wait: true }).catch(() => undefined);
      const kept = user ? (await outbox.list(user.id)).length : 0;
      if (kept > 0) setAsking({ count: kept, first });
      else await leave(first);
    } finally {
      setBusy(false);
    }
  };
  const dialog = asking ? <UnsentWarning count={asking.count} onStay={() => setAsking(null)} onLeave={() => void leave(asking.first).catch(() => undefined)} /> : null;
  return { request, busy, dialog };
}
