import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, trustProxySetting } from '@app/config';
import { ApiModule } from './api.module';

/** Builds the API application; `main.ts` and the end-to-end tests both start it this way. */
export async function createApiApp(): Promise<NestExpressApplication> {
  process.env.APP_NAME ??= 'api';
  // JSON bodies (GraphQL) and the one small form (a meeting answer's confirmation); uploads have their own parser.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // The client's address (sign-in limits, audit log) from X-Forwarded-For only when it comes from a configured proxy.
  app.set('trust proxy', trustProxySetting(app.get(AppConfig).TRUST_PROXY));
  // Answers to POSTed queries are never revalidated, so hashing every body for an ETag is wasted work.
  app.disable('etag');
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '8kb' });
  app.enableShutdownHooks();
  return app;
}
