import type { IncomingMessage } from 'node:http';
import formBody from '@fastify/formbody';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { newRequestId, securityHeaders } from '@app/common';
import { AppConfig, loadConfig, trustProxySetting } from '@app/config';
import { ApiModule } from './api.module';
import { serveWebApp } from './web-app/web-static';

/**
 * The GraphiQL page (development only; production serves no IDE) loads React and GraphiQL from
 * unpkg and starts them with an inline script, which the strict policy would block.
 */
const GRAPHIQL_CSP = {
  'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'],
  'font-src': ["'self'", 'data:', 'https://unpkg.com'],
};

/** GraphQL bodies (JSON); the one small form (a meeting answer's confirmation) has a limit of its own. */
const JSON_BODY_LIMIT = 1024 * 1024;
const FORM_BODY_LIMIT = 8 * 1024;

/**
 * Builds the API application on Fastify; `main.ts` and the end-to-end tests both start it this
 * way. With Apollo's Fastify integration it answers about a quarter more requests per second than
 * it did on Express (README, issue 16).
 */
export async function createApiApp(): Promise<NestFastifyApplication> {
  process.env.APP_NAME ??= 'api';
  const trustProxy = trustProxySetting(loadConfig().TRUST_PROXY);
  const adapter = new FastifyAdapter({
    // The client's address (sign-in limits, audit log) from X-Forwarded-For only when it comes from a configured proxy
    // (a number of hops: the nearest that many addresses are proxies, as Express counts them).
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    // Node's own limit for receiving a whole request (Fastify turns it off): a client that trickles one in is cut off.
    requestTimeout: 300_000,
    // The request id of every log line, audit entry and error answer: the caller's X-Request-Id when
    // it looks like one. Kept on the Node request too, where the log middleware reads it.
    genReqId: (raw: IncomingMessage) => String((raw.id = newRequestId(raw))),
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(formBody, { bodyLimit: FORM_BODY_LIMIT });
  // Uploads (activity imports) are read by their endpoint, and only once the import has been authorized.
  fastify.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
  await serveWebApp(fastify, config.PUBLIC_URL);

  // Strict security headers on everything the API answers: GraphQL, exports, the meeting answer pages, health.
  const strict = securityHeaders();
  const ide = config.isProduction ? strict : securityHeaders(GRAPHIQL_CSP);
  fastify.addHook('onRequest', (request, reply, done) => {
    // The id genReqId gave the request (the log middleware keeps an id it finds, and then says nothing).
    reply.raw.setHeader('X-Request-Id', request.id);
    const headers = request.method === 'GET' && request.url.split('?')[0] === '/graphql' ? ide : strict;
    headers(request.raw, reply.raw, () => done());
  });
  // The request's asynchronous context (its logger, its audit context), set while the request
  // arrives, reaches the resolvers through the body's reading: Fastify's body parsers keep it
  // (test: the sign-in audited with its own request id while bodies arrive in pieces).
  app.enableShutdownHooks();
  return app;
}

/** Starts the app without listening (end-to-end tests send to its server): Fastify answers only once it is ready. */
export async function initApiApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
