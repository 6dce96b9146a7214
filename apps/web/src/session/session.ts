import { ApiError, OfflineError } from '../api/errors';

/**
 * The browser session. The access token lives in this module's memory only; the refresh token
 * is an httpOnly cookie the API sets for /auth/refresh alone, so no script can read it.
 */
let token: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

export const accessToken = () => token;

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setToken(next: string | null, expiresIn = 0): void {
  token = next;
  clearTimeout(timer);
  // Renewed a little before it expires, so requests rarely meet an expired token.
  if (next) timer = setTimeout(() => void refreshSession(), Math.max(10, expiresIn - 60) * 1000);
  listeners.forEach((listener) => listener());
}

async function sessionRequest(path: string, method: 'POST' | 'DELETE', body?: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-portal-client': 'web' },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new OfflineError();
  }
}

async function receive(response: Response): Promise<void> {
  const body = (await response.json().catch(() => ({}))) as { accessToken?: string; expiresIn?: number; code?: string; reason?: string; message?: string; fields?: ApiError['fields'] };
  if (!response.ok || !body.accessToken) throw new ApiError(body.code ?? 'INTERNAL_SERVER_ERROR', body.reason, body.message ?? response.statusText, body.fields ?? []);
  setToken(body.accessToken, body.expiresIn);
}

export async function signIn(email: string, password: string): Promise<void> {
  await receive(await sessionRequest('/auth/sign-in', 'POST', { email, password }));
}

/** Sets the password from an invitation or reset link and signs the person in. */
export async function setPasswordWithLink(purpose: 'invitation' | 'reset-password', linkToken: string, password: string): Promise<void> {
  await receive(await sessionRequest(`/auth/${purpose}`, 'POST', { token: linkToken, password }));
}

/**
 * A new access token from the refresh cookie (rotated by the API). Tabs take turns through a
 * Web Lock: two tabs rotating the same token at once would look like a replay and end the session.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= (async () => {
    const run = async () => {
      try {
        const response = await sessionRequest('/auth/refresh', 'POST');
        // 204: this browser holds no session; 401: the one it held no longer works.
        if (response.status === 204 || response.status === 401) {
          setToken(null);
          return false;
        }
        await receive(response);
        return true;
      } catch (error) {
        if (error instanceof OfflineError) return token !== null;
        setToken(null);
        return false;
      }
    };
    try {
      return navigator.locks ? await navigator.locks.request('atp-session-refresh', run) : await run();
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

export async function signOut(): Promise<void> {
  try {
    await sessionRequest('/auth/refresh', 'DELETE');
  } finally {
    setToken(null);
  }
}
