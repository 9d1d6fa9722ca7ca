import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type HttpRequest, httpRequestSeconds, markReceived } from '@pollen/platform/http';
import { correlationIdOf } from '@pollen/platform/logging';
import type { FastifyInstance } from 'fastify';

import { admitAtMost } from './admission';
import { isFresh, weakEtagOf } from './conditional-get';
import { bodyLimitOf, JSON_MEDIA_TYPES, parseJsonBody } from './json-body';
import { useSecurityHeaders } from './security-headers';
import { recordRoutes } from './single-page-app';

/**
 * The one place where the HTTP adapter is chosen and set up: Nest on Fastify (ADR 0010). Clients
 * see what they saw on Express: JSON and `application/*+json` bodies up to the limit (413
 * beyond), other bodies left unread, a weak ETag on every successful GET and 304 for a matching
 * `If-None-Match`, routes matched without regard to case or a trailing slash, no `X-Powered-By`;
 * helmet's security headers on every answer (./security-headers.ts); and every answer counted in
 * the HTTP latency histogram.
 * Everything outside this file sees requests and replies through `HttpRequest` / `HttpReply`.
 */
export async function createHttpApplication(
  module: unknown,
  options: {
    bodyLimitBytes: number;
    /** The module graph only, nothing instantiated or connected: enough to describe the routes. */
    preview?: boolean;
    /**
     * Addresses or CIDR ranges of the proxies in front (the ingress controller): only a request
     * from one of them has its client address taken from `X-Forwarded-For`.
     */
    trustedProxies?: string[];
    /** Requests served at once; one more is refused with 503 before any work (./admission.ts). Unbounded if unset. */
    maxInFlight?: number;
  },
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimitBytes,
    // The request's id is its correlation id: Nest middleware (pino-http, the correlation scope)
    // sees the id Fastify gave it.
    genReqId: correlationIdOf,
    // `/v1/programmes/` and `/V1/Programmes` are `/v1/programmes` (parameters keep their case).
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false },
    // A request that arrives while the service drains is served (and an error answered as
    // problem+json), not refused with Fastify's own 503 body.
    return503OnClosing: false,
    trustProxy: options.trustedProxies && options.trustedProxies.length > 0 ? options.trustedProxies : false,
  });
  recordRoutes(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    bufferLogs: true,
    bodyParser: false,
    ...(options.preview ? { preview: true, logger: false } : {}),
  });
  await useSecurityHeaders(app.getHttpAdapter().getInstance());
  // First thing: the time the request arrived, from which its deadline counts (rate limiting and
  // idempotency spend some of it before the owning service is asked).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) => {
      markReceived(request);
      done();
    });
  if (options.maxInFlight !== undefined) admitAtMost(app.getHttpAdapter().getInstance(), options.maxInFlight);
  countAnswers(app.getHttpAdapter().getInstance());
  readJsonBodies(app.getHttpAdapter().getInstance(), options.bodyLimitBytes);
  answerConditionalGets(app.getHttpAdapter().getInstance());
  return app;
}

/** Every answer, once sent, whatever wrote it: Fastify (404, 413), a guard, a handler or the problem filter. */
function countAnswers(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequestSeconds.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

function readJsonBodies(fastify: FastifyInstance, bodyLimit: number): void {
  // A route's own limit (`@BodyLimit`) takes precedence over the parser's.
  fastify.addHook('onRoute', (route) => {
    const own = bodyLimitOf(route.config);
    if (own !== undefined) route.bodyLimit = own;
  });
  fastify.removeAllContentTypeParsers();
  for (const type of JSON_MEDIA_TYPES) {
    fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit }, (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
  }
  // Any other body is left unread and the handler sees none (validation then refuses it), rather
  // than Fastify's 415: what clients got from Express' JSON-only body parser.
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

/**
 * Conditional GET: a weak ETag on every successful GET or HEAD (unless the handler set one, like
 * an application's version), and 304 without a body when the client already holds it. Other
 * methods and errors get no ETag. Streams (Swagger UI's files) carry their own.
 */
function answerConditionalGets(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!read || reply.statusCode < 200 || reply.statusCode >= 300) return done(null, payload);
    let etag = reply.getHeader('etag');
    if (etag === undefined) {
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
      etag = weakEtagOf(payload);
      reply.header('ETag', etag);
    }
    if (!isFresh(request.headers, String(etag))) return done(null, payload);
    reply.code(304);
    done(null, '');
  });
}

/** An answer about to be sent, as a hook sees (and may replace) it. */
export interface OutgoingAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Calls `hook` with every answer whose body is text (JSON, problem+json), just before it is sent,
 * whatever produced it (a handler or the problem filter); the answer it returns is sent instead.
 */
export function onAnswer(
  app: INestApplication,
  hook: (request: HttpRequest, answer: OutgoingAnswer) => Promise<OutgoingAnswer | undefined>,
): void {
  const fastify = (app as NestFastifyApplication).getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply, payload) => {
    const text = payload === null || payload === undefined ? '' : payload;
    if (typeof text !== 'string' && !Buffer.isBuffer(text)) return payload; // a stream
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) headers[name] = String(value);
    const replaced = await hook(request, { status: reply.statusCode, headers, body: text.toString() });
    if (!replaced) return payload;
    reply.code(replaced.status);
    for (const [name, value] of Object.entries(replaced.headers)) reply.header(name, value);
    return replaced.body;
  });
}

/**
 * Listens on every interface, IPv6 and IPv4, as Node does by default (Fastify alone listens on
 * localhost only), or on IPv4 alone where the kernel has no IPv6.
 */
export async function listen(app: INestApplication, port: number): Promise<void> {
  await onEveryInterface((host) => app.listen(port, host));
}

/** Runs `listenOn` on the IPv6 wildcard, or on IPv4's where the kernel has no IPv6. */
export async function onEveryInterface(listenOn: (host: string) => Promise<unknown>): Promise<void> {
  try {
    await listenOn('::');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAFNOSUPPORT') throw error;
    await listenOn('0.0.0.0');
  }
}
