import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { securityHeaders } from '@app/common';
import { AppConfig } from '@app/config';

/** Where `npm run build` puts the web app: dist/web, next to the built API or under the repository's dist/. */
export function webAppRoot(): string | null {
  const candidates = [join(__dirname, '..', '..', '..', '..', 'web'), join(__dirname, '..', '..', '..', '..', 'dist', 'web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** Paths of the API itself (and its server-rendered public network page): never answered with the web app, even for a browser asking for HTML. */
const API_PATHS = /^\/(graphql|health|ready|exports|imports|meetings\/rsvp|auth|network|en\/network)(\/|$|\?)/;

/**
 * The portal's one strict policy (`securityHeaders()` of @app/common, as on every API answer),
 * plus what the web app needs as an installable app: its service worker and manifest, both from
 * this origin.
 */
export const WEB_APP_CSP_DIRECTIVES = {
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
} as const;

const webAppHeaders = securityHeaders(WEB_APP_CSP_DIRECTIVES);

/** The web app's headers on a file or page it answers (express.static's `setHeaders` gives no request, the response knows it). */
function setWebAppHeaders(res: Response): void {
  webAppHeaders(res.req, res, () => undefined);
}

/**
 * Serves the built web app at `/`: hashed assets cached for a year, the page and the service
 * worker always revalidated, and `index.html` for every client route (a GET asking for HTML
 * whose path is not the API's and names no file).
 */
@Injectable()
export class WebStaticMiddleware implements NestMiddleware {
  private readonly root = webAppRoot();
  /** The page, with where the admin app is (member admins manage their people there): a meta tag, not a script. */
  private readonly index = this.root
    ? readFileSync(join(this.root, 'index.html'), 'utf8').replace(
        '<meta name="atp-admin-url" content="" />',
        `<meta name="atp-admin-url" content="${this.config.PUBLIC_URL.replace(/\/$/, '').replace(/[<>"&]/g, '')}" />`,
      )
    : '';

  constructor(private readonly config: AppConfig) {}

  private readonly serve = this.root
    ? express.static(this.root, {
        index: false,
        redirect: false,
        setHeaders: (res, path) => {
          setWebAppHeaders(res);
          res.setHeader('Cache-Control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      })
    : null;

  use(req: Request, res: Response, next: NextFunction): void {
    // The full path: mounted middleware may see `req.path` relative to its mount point.
    const path = req.originalUrl.split('?')[0];
    if (!this.serve || !this.root || (req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(path)) return next();
    if (path !== '/' && path !== '/index.html') {
      req.url = req.originalUrl;
      this.serve(req, res, () => this.fallback(path, req, res, next));
      return;
    }
    this.sendIndex(res);
  }

  private fallback(path: string, req: Request, res: Response, next: NextFunction): void {
    const clientRoute = !/\.[a-z0-9]+$/i.test(path) && (req.headers.accept ?? '').includes('text/html');
    if (!clientRoute) return next();
    this.sendIndex(res);
  }

  private sendIndex(res: Response): void {
    setWebAppHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(this.index);
  }
}
