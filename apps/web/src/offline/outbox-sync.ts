import { useEffect } from 'react';
import { gql } from '../api/client';
import { ApiError, fieldProblems, OfflineError } from '../api/errors';
import type { ActivityFieldsFragment } from '../gql/graphql';
import { CreateActivityMutation, SubmitActivityMutation } from '../pages/activities/activity-documents';
import { toFieldsInput } from '../pages/activities/activity-values';
import { useSession } from '../session/session-context';
import { outbox, type OutboxEntry } from './device-store';

export type SendResult =
  | { kind: 'sent'; activity: ActivityFieldsFragment; submitError?: ApiError }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'waiting' };

/**
 * Sends one activity kept on this device. The idempotency key makes a repeat harmless: if an
 * earlier attempt reached the API but its answer was lost, the API answers with that activity.
 */
export async function sendEntry(entry: OutboxEntry): Promise<SendResult> {
  await outbox.put({ ...entry, status: 'SENDING' });
  try {
    const { createActivity } = await gql(CreateActivityMutation, { input: { ...toFieldsInput(entry.values), clientRequestId: entry.clientRequestId } });
    await outbox.remove(entry.localId);
    if (!entry.submit) return { kind: 'sent', activity: createActivity };
    try {
      const { submitActivity } = await gql(SubmitActivityMutation, { id: createActivity.id });
      return { kind: 'sent', activity: submitActivity };
    } catch (error) {
      return { kind: 'sent', activity: createActivity, submitError: error instanceof ApiError ? error : undefined };
    }
  } catch (error) {
    if (error instanceof OfflineError || (error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'SERVICE_UNAVAILABLE'))) {
      await outbox.put({ ...entry, status: 'WAITING' });
      return { kind: 'waiting' };
    }
    const refusal = error instanceof ApiError ? error : new ApiError('INTERNAL_SERVER_ERROR', undefined, String(error));
    await outbox.put({ ...entry, status: 'REFUSED', refusal: { message: refusal.message, fields: fieldProblems(refusal), code: refusal.code, reason: refusal.reason } });
    return { kind: 'refused', error: refusal };
  }
}

/**
 * Sends everything waiting on this device, one tab at a time. With `wait`, after any sending
 * already under way (in this tab or another) has finished, rather than leaving it to that one.
 */
export async function sendWaiting(userId: string, { wait = false } = {}): Promise<void> {
  const run = async () => {
    for (const entry of await outbox.list(userId)) {
      if (entry.status === 'REFUSED') continue;
      const result = await sendEntry(entry);
      if (result.kind === 'waiting') break;
    }
  };
  if (navigator.locks) await navigator.locks.request('atp-outbox', { ifAvailable: !wait }, async (lock) => (lock ? run() : undefined));
  else await run();
}

/** While signed in and online, what waits on this device is sent: at start and whenever the connection returns. */
export function useOutboxSync(): void {
  const { status, user } = useSession();
  useEffect(() => {
    if (status !== 'signed-in' || !user) return;
    const send = () => void sendWaiting(user.id).catch(() => undefined);
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [status, user]);
}
