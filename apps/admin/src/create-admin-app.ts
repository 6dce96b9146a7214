import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import hbs from 'hbs';
import { securityHeaders } from '@app/common';
import { AppConfig, trustProxySetting } from '@app/config';
import { AdminModule } from './admin.module';
import { useSessions } from './session';

/** Builds the admin web app; `main.ts` and the end-to-end tests both start it this way. */
export async function createAdminApp(): Promise<NestExpressApplication> {
  process.env.APP_NAME ??= 'admin';
  const app = await NestFactory.create<NestExpressApplication>(AdminModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Strict CSP (no inline script or style), never framed, nosniff, no referrer: on every page and asset.
  app.use(securityHeaders());
  app.setBaseViewsDir(join(__dirname, '..', 'views'));
  app.setViewEngine('hbs');
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('startsWith', (value: unknown, prefix: string) => typeof value === 'string' && value.startsWith(prefix));
  // The client's address (sign-in limits, audit log) and HTTPS (secure cookies) from X-Forwarded-* only behind a configured proxy.
  app.set('trust proxy', trustProxySetting(app.get(AppConfig).TRUST_PROXY));
  useSessions(app, app.get(AppConfig));
  app.set('view options', { layout: 'layouts/main' });
  app.useStaticAssets(join(__dirname, '..', 'public'), { prefix: '/static/' });
  app.enableShutdownHooks();
  return app;
}
