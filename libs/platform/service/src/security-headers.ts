import { fastifyHelmet } from '@fastify/helmet';
import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Answers are JSON: they load nothing, and nothing may frame them or be sent from them. */
const API_POLICY = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * A page for browsers (the gateway's OpenAPI UI) loads its own scripts, styles and images and
 * calls its own origin. Swagger UI writes inline styles and `data:` images; it needs no inline
 * script and no eval.
 */
const PAGE_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * A single-page app built to external files (Vite emits its JS and CSS as files of their own): it
 * loads nothing inline and nothing from elsewhere, and calls the API on its own origin.
 */
const SINGLE_PAGE_APP_POLICY = {
  ...PAGE_POLICY,
  styleSrc: ["'self'"],
};

/** Sets a policy on one answer, over API_POLICY (helmet's hook set that first). */
export type PolicySetter = (request: FastifyRequest, reply: FastifyReply) => void;

const policySetter = (directives: Record<string, string[]>): PolicySetter => {
  const policy = fastifyHelmet.contentSecurityPolicy({ useDefaults: false, directives });
  return (request, reply) => policy(request.raw, reply.raw, () => undefined);
};

/** The policy of a single-page app's answers: its page and its files. */
export const singlePageAppPolicy: PolicySetter = policySetter(SINGLE_PAGE_APP_POLICY);

/**
 * Helmet's headers on every answer, errors and 404s included: `nosniff`, `DENY` framing, HSTS,
 * no referrer, same-origin isolation, and a CSP that allows nothing (API_POLICY). No
 * `upgrade-insecure-requests`: TLS ends at the ingress, and a page served over plain HTTP on a
 * laptop must still load its own files.
 */
export async function useSecurityHeaders(fastify: FastifyInstance): Promise<void> {
  // Awaited: the plugin's hooks are then in place before any other, so a page's policy (below) wins.
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: API_POLICY },
    frameguard: { action: 'deny' },
  });
}

/** Gives the pages under `prefix` (`/docs`: the UI and its files) PAGE_POLICY instead of API_POLICY. */
export function servePagesUnder(app: INestApplication, prefix: string): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const policy = policySetter(PAGE_POLICY);
  const root = prefix.toLowerCase();
  fastify.addHook('onRequest', (request, reply, done) => {
    // Routes match without regard to case or a trailing slash, and so does this.
    const path = request.url.split('?')[0].toLowerCase();
    if (path === root || path.startsWith(`${root}/`)) policy(request, reply);
    done();
  });
}
