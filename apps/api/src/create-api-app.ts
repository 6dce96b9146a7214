import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { securityHeaders } from '@app/common';
import { AppConfig, trustProxySetting } from '@app/config';
import { ApiModule } from './api.module';

/**
 * The GraphiQL page (development only; production serves no IDE) loads React and GraphiQL from
 * unpkg and starts them with an inline script, which the strict policy would block.
 */
const GRAPHIQL_CSP = {
  'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'font-src': ["'self'", 'data:', 'https://unpkg.com'],
};

/** Builds the API application; `main.ts` and the end-to-end tests both start it this way. */
export async function createApiApp(): Promise<NestExpressApplication> {
  process.env.APP_NAME ??= 'api';
  // JSON bodies (GraphQL) and the one small form (a meeting answer's confirmation); uploads have their own parser.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Strict security headers on everything the API answers: GraphQL, exports, the meeting answer pages, health.
  const strict = securityHeaders();
  if (app.get(AppConfig).isProduction) {
    app.use(strict);
  } else {
    const ide = securityHeaders(GRAPHIQL_CSP);
    app.use((req: Request, res: Response, next: () => void) => (req.method === 'GET' && req.path === '/graphql' ? ide : strict)(req, res, next));
  }
  // The client's address (sign-in limits, audit log) from X-Forwarded-For only when it comes from a configured proxy.
  app.set('trust proxy', trustProxySetting(app.get(AppConfig).TRUST_PROXY));
  // Answers to POSTed queries are never revalidated, so hashing every body for an ETag is wasted work.
  app.disable('etag');
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '8kb' });
  app.enableShutdownHooks();
  return app;
}
