import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@app/config';

/** Where `npm run build` puts the web app: dist/web, next to the built API or under the repository's dist/. */
export function webAppRoot(): string | null {
  const candidates = [join(__dirname, '..', '..', '..', '..', 'web'), join(__dirname, '..', '..', '..', '..', 'dist', 'web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** Paths of the API itself (and its server-rendered public network page): never answered with the web app, even for a browser asking for HTML. */
const API_PATHS = /^\/(graphql|health|ready|exports|imports|meetings\/rsvp|auth|network|en\/network)(\/|$|\?)/;

/**
 * A strict policy: scripts, styles and connections from this origin only, no inline script or
 * style element, no framing, no plugins. React sets style properties through the DOM, which
 * CSP allows; the app has no inline script at all.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', WEB_APP_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Invitation and reset links carry their token in the address: it must never leave in a Referer.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
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
          securityHeaders(res);
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
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(this.index);
  }
}
