import { AsyncLocalStorage } from 'node:async_hooks';
import { isIP } from 'node:net';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

/** Where a request came from, as an audit entry records it. */
export interface AuditContext {
  requestId: string | null;
  ip: string | null;
}

/** What a request carries once nestjs-pino (`id`) and Express (`ip`) have seen it. */
type AuditedRequest = IncomingMessage & { id?: unknown; ip?: string };

/**
 * The request id nestjs-pino gave the request (the one in every log line and the
 * X-Request-Id header) and the client IP as Express sees it (behind a proxy, TRUST_PROXY sets
 * Express's `trust proxy` so that this is the client's and not the proxy's).
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

/** Runs `work` as if serving `req`: what the middleware does, for code outside Express. */
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
