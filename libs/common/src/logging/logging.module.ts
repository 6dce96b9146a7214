import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { Module, RequestMethod } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { LoggerModule } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A request's id: the caller's X-Request-Id when it looks like one, so traces join up across services. */
export function newRequestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The id of a request (the one its server gave it already, as Fastify does), answered as X-Request-Id. */
export function requestIdOf(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  const id = typeof req.id === 'string' ? req.id : newRequestId(req);
  res.setHeader('X-Request-Id', id);
  return id;
}

const LOGGED_QUERY_LENGTH = 500;

/**
 * An error as it goes into a log line: its kind, message, SQLSTATE, the start of the SQL text
 * and the stack. Never the values a failed query carried (TypeORM's `parameters`, pg's
 * `detail`): they can be personal data, and a bulk insert's are megabytes.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  // Duck-typed: an error from another realm, or a library's own error object, is not `instanceof Error`.
  if (typeof error !== 'object' || error === null || !('message' in error)) return { message: String(error) };
  const { name, message, stack, code, query, driverError } = error as Error & { code?: unknown; query?: unknown; driverError?: { code?: unknown } };
  return {
    type: name ?? error.constructor?.name,
    message: String(message),
    ...((code ?? driverError?.code) !== undefined && { code: code ?? driverError?.code }),
    ...(typeof query === 'string' && { query: query.slice(0, LOGGED_QUERY_LENGTH) }),
    stack,
  };
}

/**
 * Structured JSON logs with a request id on every line. Request bodies, query strings, auth
 * headers and the values of failed queries are never logged: they can carry personal data and secrets.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Every path, written so that both servers' routers take it (Fastify's middleware router never matched nestjs-pino's default).
        forRoutes: [{ path: '/{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: requestIdOf,
          // The app's name once in the root logger, not a second child logger made for every request.
          base: { pid: process.pid, hostname: hostname(), app: process.env.APP_NAME },
          redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
            err: errorForLog,
          },
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/ready' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
