import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** What the activity form holds; kept as typed, so nothing is lost when it cannot be sent yet. */
export interface ActivityDraftValues {
  type: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  city: string;
  online: boolean;
  targetGroups: string[];
  /** `${gender}:${ageBandCode}` → the count as typed. */
  participants: Record<string, string>;
  participantsTotal: string;
  institutions: { kind: string; name: string }[];
  goalIds: string[];
  /** indicator id → value as typed. */
  indicatorValues: Record<string, string>;
  coOrganizerIds: string[];
  mediaOutlets: string;
  mediaAudience: string;
  attachments: { url: string; title: string }[];
}

export type OutboxStatus = 'WAITING' | 'SENDING' | 'REFUSED';

/** A new activity saved on this device, to be created once (clientRequestId) when the API is reachable. */
export interface OutboxEntry {
  localId: string;
  /** The idempotency key: the API creates at most one activity per key, however often it is sent. */
  clientRequestId: string;
  userId: string;
  values: ActivityDraftValues;
  /** Whether to submit it for review right after it is created. */
  submit: boolean;
  status: OutboxStatus;
  savedAt: string;
  /** Why the API refused it: its message, and its kind and fields, to say it in the reader's language. */
  refusal?: { message: string; fields: Record<string, string>; code?: string; reason?: string };
}

export interface DeviceUser {
  id: string;
  fullName: string;
  role: string;
  organizationId: string;
  language: string;
}

interface DeviceSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
  meta: { key: string; value: unknown };
}

let opened: Promise<IDBPDatabase<DeviceSchema>> | null = null;
const db = () =>
  (opened ??= openDB<DeviceSchema>('atp-device', 1, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'localId' });
      database.createObjectStore('meta');
    },
  }));

const changes = new EventTarget();
/** Called after the outbox changes, in this tab. */
export function onOutboxChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}
const changed = () => changes.dispatchEvent(new Event('change'));

export const outbox = {
  async list(userId: string): Promise<OutboxEntry[]> {
    return (await (await db()).getAll('outbox')).filter((entry) => entry.userId === userId).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  },
  async get(localId: string): Promise<OutboxEntry | undefined> {
    return (await db()).get('outbox', localId);
  },
  async put(entry: OutboxEntry): Promise<void> {
    await (await db()).put('outbox', entry);
    changed();
  },
  async remove(localId: string): Promise<void> {
    await (await db()).delete('outbox', localId);
    changed();
  },
};

export const deviceMeta = {
  async get<T>(key: string): Promise<T | undefined> {
    return (await (await db()).get('meta', key)) as T | undefined;
  },
  async set(key: string, value: unknown): Promise<void> {
    await (await db()).put('meta', value, key);
  },
  async remove(key: string): Promise<void> {
    await (await db()).delete('meta', key);
  },
};

/** Sign-out: everything this device kept for the person goes. */
export async function clearDevice(): Promise<void> {
  const database = await db();
  await database.clear('outbox');
  await database.clear('meta');
  changed();
}

/** The activity form's choices (age bands, goals, members), kept for offline use. */
export const REFERENCES_KEY = 'form:references';
