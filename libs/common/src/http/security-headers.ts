import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { HelmetOptions } from 'helmet';

type Directives = Record<string, readonly string[]>;

/**
 * The Content-Security-Policy of every page the portal serves (admin app, API, the web app the API
 * serves): scripts, styles, images and requests only from the page's own origin, no inline script,
 * no inline style, no plugins, never framed, forms only to the portal itself.
 */
export const STRICT_CSP_DIRECTIVES: Readonly<Directives> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
});

export type SecurityHeadersMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * helmet with the portal's strict policy: the CSP above (directives in `csp` are added or replace
 * one of it), never framed (`X-Frame-Options: DENY`), `nosniff`, `Referrer-Policy: no-referrer`,
 * `Permissions-Policy` without camera, microphone and location, HSTS and helmet's other defaults
 * (among them `Cross-Origin-Opener-Policy: same-origin`). One set-up for every app, so a page added
 * anywhere (the web app's static files too) is strict unless it says why not.
 */
export function securityHeaders(csp: Directives = {}): SecurityHeadersMiddleware {
  const options: HelmetOptions = {
    contentSecurityPolicy: {
      // Nothing of helmet's own defaults: exactly the directives above, and no
      // upgrade-insecure-requests, which would break the portal started locally over http.
      useDefaults: false,
      directives: { ...STRICT_CSP_DIRECTIVES, ...csp } as Record<string, string[]>,
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  };
  const helmetHeaders = helmet(options);
  return (req, res, next) => {
    // helmet sets no Permissions-Policy: no page of the portal uses the camera, microphone or location.
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    helmetHeaders(req, res, next);
  };
}
