import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import { csrfSync } from 'csrf-sync';
import { type NextFunction, type Request, type Response, urlencoded } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';

export const SESSION_COOKIE = 'atp.sid';
const EIGHT_HOURS_MS = 8 * 3_600_000;

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    /** The user's token version at sign-in: sign-out elsewhere, a password change or deactivation ends this session too. */
    tokenVersion?: number;
  }
}

const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req) => (req.body as { _csrf?: string } | undefined)?._csrf,
});

/** The CSRF token for a form, `<input type="hidden" name="_csrf" value="{{csrf}}">` in every view. */
export function csrfToken(req: Request): string {
  return generateToken(req);
}

/**
 * Server-side sessions stored in PostgreSQL (the `admin_sessions` table, made by a migration),
 * in an httpOnly, SameSite=Lax cookie, Secure in production; and a CSRF token checked on every
 * form post.
 */
export function useSessions(app: INestApplication, config: AppConfig): void {
  const PgStore = connectPgSimple(session);
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const store = new PgStore({ pool, tableName: 'admin_sessions', createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  // The store deletes expired sessions on a timer of its own: it stops when the app closes, before
  // the database pool ends, instead of firing later at an ended pool in a process that lives on.
  (app.getHttpServer() as Server).once('close', () => void store.close());
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: createHmac('sha256', config.JWT_SECRET ?? '').update('admin-session').digest('hex'),
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.isProduction, maxAge: EIGHT_HOURS_MS },
    }),
  );
  // ?lang= switches the language and remembers it.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const lang = req.query.lang;
    if (lang === 'sr' || lang === 'en') res.cookie('lang', lang, { httpOnly: true, sameSite: 'lax', secure: config.isProduction, maxAge: 365 * 86_400_000 });
    next();
  });
  // Forms are parsed here, before the token check (Nest's own parsers come later, at init).
  app.use(urlencoded({ extended: false, limit: '100kb' }));
  // A form without the session's token is refused plainly: no framework error page, no stack.
  app.use((req: Request, res: Response, next: NextFunction) =>
    csrfSynchronisedProtection(req, res, (error?: unknown) => {
      if (!error) return next();
      res.status(403).type('text/plain').send('The form expired or did not come from this site: reload the page and try again. / Obrazac je istekao: osvežite stranicu i pokušajte ponovo.');
    }),
  );
}
