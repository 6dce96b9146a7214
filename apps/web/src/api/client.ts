import type { TypedDocumentString } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { accessToken, refreshSession } from '../session/session';
import { ApiError, OfflineError } from './errors';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fields?: ApiError['fields']; requestId?: string } }[];
}

async function post<T>(query: string, variables: unknown): Promise<GraphqlResponse<T>> {
  const token = accessToken();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': currentLanguage() === 'en' ? 'en' : 'sr-Latn',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new OfflineError();
  }
  if (response.status >= 500 && response.status !== 503 && !response.headers.get('content-type')?.includes('json')) throw new OfflineError();
  return (await response.json()) as GraphqlResponse<T>;
}

/**
 * The app's one GraphQL client: sends a generated, typed document with the in-memory access
 * token; when the token has expired it refreshes the session once and retries.
 */
export async function gql<R, V>(document: TypedDocumentString<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<R> {
  const query = document.toString();
  let body = await post<R>(query, variables ?? {});
  if (body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && body.errors[0].extensions.reason === 'INVALID_ACCESS_TOKEN' && (await refreshSession())) {
    body = await post<R>(query, variables ?? {});
  }
  const error = body.errors?.[0];
  if (error) {
    const ext = error.extensions ?? {};
    throw new ApiError(ext.code ?? 'INTERNAL_SERVER_ERROR', ext.reason, error.message, ext.fields ?? [], ext.requestId);
  }
  return body.data as R;
}

/** A file endpoint (exports, imports) with the session's token; gives the response to read. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => fetch(path, { ...init, headers: { ...init.headers, ...(accessToken() && { authorization: `Bearer ${accessToken()}` }) } });
  let response: Response;
  try {
    response = await send();
    if (response.status === 401 && (await refreshSession())) response = await send();
  } catch {
    throw new OfflineError();
  }
  return response;
}
