import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request and response of an HTTP endpoint that more than one app mounts: the API serves on
 * Fastify, the admin app on Express. Express's request and response are Node's own; Fastify's wrap
 * them (`raw`). Endpoints that write by hand (a streamed download, an upload read as it arrives)
 * take Node's through these, and answer the same on both.
 */
export type HttpRequest = (IncomingMessage | { raw: IncomingMessage }) & { headers: IncomingHttpHeaders; query?: unknown };
export type HttpResponse = ServerResponse | { raw: ServerResponse; hijack(): unknown };

/** Node's request under either server's. */
export function rawRequest(req: HttpRequest): IncomingMessage {
  return 'raw' in req ? req.raw : req;
}

/**
 * Node's response under either server's, for an endpoint that writes the answer itself from here on:
 * Fastify is told so (it then sends nothing of its own), Express never sends for an `@Res()` handler.
 */
export function takeResponse(res: HttpResponse): ServerResponse {
  if ('hijack' in res) {
    res.hijack();
    return res.raw;
  }
  return res;
}

/** Node's response under either server's, to read its state or cut it off. */
export function rawResponse(res: HttpResponse): ServerResponse {
  return 'raw' in res ? res.raw : res;
}

/** Answers JSON by hand on either server (an error of an endpoint that writes its own answers), unless the answer has started. */
export function sendJson(res: HttpResponse, status: number, body: unknown): void {
  if (rawResponse(res).headersSent) return;
  const raw = takeResponse(res);
  raw.statusCode = status;
  raw.setHeader('Content-Type', 'application/json; charset=utf-8');
  raw.end(JSON.stringify(body));
}
