import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { gql } from '../api/client';
import { OfflineError } from '../api/errors';
import { graphql } from '../gql';
import { chooseLanguage } from '../i18n';
import { clearDevice, deviceMeta, REFERENCES_KEY, type DeviceUser } from '../offline/device-store';
import { FormReferencesQuery } from '../pages/activities/activity-documents';
import { refreshSession, signOut as endSession } from './session';

const MeQuery = graphql(`
  query Me {
    me {
      id
      fullName
      role
      organizationId
      language
    }
  }
`);

export type SessionStatus = 'loading' | 'signed-in' | 'offline' | 'signed-out';

interface SessionValue {
  status: SessionStatus;
  user: DeviceUser | null;
  /** After a sign-in or a set password: loads who is signed in. */
  established: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<DeviceUser | null>(null);

  const established = useCallback(async () => {
    try {
      const { me } = await gql(MeQuery);
      await deviceMeta.set('user', me);
      // The language is the person's setting (pages and mails follow it), on every device she signs in on.
      chooseLanguage(me.language === 'EN' ? 'en' : 'sr');
      setUser(me);
      setStatus('signed-in');
      // What the activity form offers is kept on the device at once, so a form opened offline later has it.
      void gql(FormReferencesQuery)
        .then((references) => deviceMeta.set(REFERENCES_KEY, references))
        .catch(() => undefined);
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
      await restoreDeviceUser();
    }
  }, []);

  // Offline, the person this device was last signed in for keeps working on the outbox.
  const restoreDeviceUser = async () => {
    const kept = await deviceMeta.get<DeviceUser>('user');
    setUser(kept ?? null);
    setStatus(kept ? 'offline' : 'signed-out');
  };

  useEffect(() => {
    void (async () => {
      if (!navigator.onLine) return restoreDeviceUser();
      const ok = await refreshSession().catch(() => false);
      if (ok) return established().catch(() => setStatus('signed-out'));
      if (!navigator.onLine) return restoreDeviceUser();
      setStatus('signed-out');
    })();
    const online = () => {
      void refreshSession().then((ok) => (ok ? established() : undefined));
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [established]);

  const signOut = useCallback(async () => {
    await endSession().catch(() => undefined);
    await clearDevice();
    setUser(null);
    setStatus('signed-out');
  }, []);

  const value = useMemo(() => ({ status, user, established, signOut }), [status, user, established, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
