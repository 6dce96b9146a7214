import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { securityHeaders } from '@app/common';

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

/** The web app's headers on a file or page it answers. */
function setWebAppHeaders(reply: FastifyReply): void {
  webAppHeaders(reply.request.raw, reply.raw, () => undefined);
}

/**
 * Serves the built web app at `/` (@fastify/static): hashed assets cached for a year, the page
 * and the service worker always revalidated, and `index.html` for every client route (a GET asking
 * for HTML whose path is not the API's and names no file). The page says where the admin app is
 * (member admins manage their people there): a meta tag, not a script. Nothing is served when the
 * web app has not been built.
 */
export async function serveWebApp(fastify: FastifyInstance, adminUrl: string): Promise<void> {
  const root = webAppRoot();
  if (!root) return;
  const index = readFileSync(join(root, 'index.html'), 'utf8').replace(
    '<meta name="atp-admin-url" content="" />',
    `<meta name="atp-admin-url" content="${adminUrl.replace(/\/$/, '').replace(/[<>"&]/g, '')}" />`,
  );
  const sendIndex = (reply: FastifyReply) => {
    setWebAppHeaders(reply);
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
  };
  await fastify.register(fastifyStatic, {
    root,
    serve: false,
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      setWebAppHeaders(reply);
      reply.header('Cache-Control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Every GET the API has no route of its own for (Fastify's own routes always win over this one).
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (API_PATHS.test(path)) return reply.callNotFound();
    if (path === '/' || path === '/index.html') return sendIndex(reply);
    if (/\.[a-z0-9]+$/i.test(path)) return reply.sendFile(path.slice(1));
    if ((request.headers.accept ?? '').includes('text/html')) return sendIndex(reply);
    return reply.callNotFound();
  });
}
