import { AsyncLocalStorage } from 'node:async_hooks';
import { isIP } from 'node:net';
import { Injectable, NestMiddleware } from '@nestjs/common';

/** Where a request came from, as an audit entry records it. */
export interface AuditContext {
  requestId: string | null;
  ip: string | null;
}

/** What a request carries once its server (Express and nestjs-pino, or Fastify) has seen it: its id and the client's address. */
export interface AuditedRequest {
  id?: unknown;
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * The request id the server gave the request (the one in every log line and the X-Request-Id
 * header) and the client IP as the server sees it (behind a proxy, TRUST_PROXY sets Express's
 * `trust proxy` and Fastify's `trustProxy` so that this is the client's and not the proxy's).
 */
export function auditContextFrom(req: AuditedRequest): AuditContext {
  const requestId = req.id === undefined || req.id === null ? null : String(req.id).slice(0, 64);
  const ip = req.ip ?? req.socket?.remoteAddress ?? null;
  return { requestId, ip: ip && isIP(ip) ? ip : null };
}

const requests = new AsyncLocalStorage<AuditedRequest>();

/** The audit context of the request being served, or null outside one (CLI, seed, tests). */
export function currentAuditContext(): AuditContext | null {
  const req = requests.getStore();
  return req ? auditContextFrom(req) : null;
}

/** Runs `work` as serving `req`: what the middleware does, for Fastify's hooks and code outside a server. */
export function runWithAuditContext<T>(req: AuditedRequest, work: () => T): T {
  return requests.run(req, work);
}

/**
 * Remembers the request for the rest of its handling, so that `AuditService.record` fills
 * in the request id and IP without every caller passing them. It keeps the request itself
 * and reads `req.id` only when an entry is recorded, so it works whichever of this and the
 * logger's middleware runs first.
 */
@Injectable()
export class AuditContextMiddleware implements NestMiddleware {
  use(req: AuditedRequest, _res: unknown, next: () => void): void {
    requests.run(req, next);
  }
}
