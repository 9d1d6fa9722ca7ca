import { stat } from 'node:fs/promises';
import path from 'node:path';

import { fastifyStatic } from '@fastify/static';
import { type INestApplication, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply } from 'fastify';

import { MANAGEMENT_PATHS } from './management-server';
import { singlePageAppPolicy } from './security-headers';

/** Content-hashed file names change with their content: a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page itself names the current files: asked again (an ETag makes that cheap) every time. */
const REVALIDATE = 'no-cache';

const logger = new Logger('SinglePageApp');

const routePaths = new WeakMap<FastifyInstance, Set<string>>();

/**
 * Keeps the path of every route the instance registers from now on (the HTTP adapter calls it
 * first thing), so that a catch-all route can tell an unknown API path from one of its own.
 */
export function recordRoutes(fastify: FastifyInstance): void {
  const paths = new Set<string>();
  routePaths.set(fastify, paths);
  fastify.addHook('onRoute', (route) => {
    paths.add(route.url);
  });
}

/** `v1` of `/v1/programmes/:id`; nothing for `/`, `/*` or `/:id`, which name no fixed prefix. */
const firstSegmentOf = (pathname: string): string | undefined => {
  const segment = pathname.split('/')[1]?.toLowerCase();
  return segment && !segment.startsWith(':') && !segment.startsWith('*') ? segment : undefined;
};

export interface SinglePageAppOptions {
  /** The built app: index.html, and its files. */
  root: string;
  /** What the app is called in the logs. */
  name: string;
  /** The folder of root whose file names carry a hash of their content (Vite's `assets`). */
  assetsDir?: string;
}

/**
 * Serves a built single-page app (its index.html and files) under `/`, beside the routes, from
 * `root`. A GET or HEAD of a file under root answers it; of any other path, index.html, so that a
 * deep link (`/applications/abc`) opens the app on that page, which the app's router then shows.
 * Except for what belongs to others: a path under the first segment of any route the instance has
 * (`/v1/…`, `/docs/…`) or of the management port (`/health/…`, `/metrics`, so that a probe sent
 * to the wrong port fails) gets the routes' own 404, as does a missing file under `assetsDir`
 * (a page that asks for a stale asset must fail, not get HTML kept for a year).
 *
 * The app's answers get a strict page policy (no inline script or style); files under `assetsDir`
 * are cached for a year, and index.html is revalidated every time. Without an index.html in root,
 * nothing is served, and the log says so once.
 *
 * @returns whether the app is served.
 */
export async function serveSinglePageApp(app: INestApplication, options: SinglePageAppOptions): Promise<boolean> {
  const root = path.resolve(options.root);
  const assets = (options.assetsDir ?? 'assets').toLowerCase();
  if (!(await isFile(path.join(root, 'index.html')))) {
    logger.warn(`${options.name} not served: no index.html in ${root}`);
    return false;
  }
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  let reserved: Set<string> | undefined;
  // Known once every route is registered (Nest's at init, after this): at the first request.
  const isReserved = (segment: string | undefined): boolean => {
    reserved ??= new Set(
      [...(routePaths.get(fastify) ?? []), ...Object.values(MANAGEMENT_PATHS)]
        .map(firstSegmentOf)
        .filter((first): first is string => first !== undefined),
    );
    return segment !== undefined && reserved.has(segment);
  };
  const send = (reply: FastifyReply, file: string, cacheControl: string) => {
    singlePageAppPolicy(reply.request, reply);
    reply.header('Cache-Control', cacheControl);
    return reply.sendFile(file);
  };

  await fastify.register(async (scope) => {
    await scope.register(fastifyStatic, { root, serve: false, cacheControl: false, dotfiles: 'deny', index: false });
    scope.route({
      method: ['GET', 'HEAD'],
      url: '/*',
      handler: async (request, reply) => {
        const pathname = decodedPathOf(request.url);
        if (pathname === undefined) return reply.callNotFound();
        const first = firstSegmentOf(pathname);
        if (isReserved(first)) return reply.callNotFound();
        const file = pathname.slice(1);
        if (file && isServable(file) && (await isFile(path.join(root, file)))) {
          return send(reply, file, first === assets ? IMMUTABLE : REVALIDATE);
        }
        if (first === assets) return reply.callNotFound();
        return send(reply, 'index.html', REVALIDATE);
      },
    });
  });
  logger.log(`${options.name} served under / from ${root}`);
  return true;
}

/** The request's path, percent-decoded; undefined when it cannot be decoded. */
function decodedPathOf(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return undefined;
  }
}

/** A relative path that stays under root and names no hidden file: the app's own files only. */
const isServable = (file: string): boolean =>
  !file.includes('\0') && file.split(/[\\/]/).every((segment) => segment !== '' && !segment.startsWith('.'));

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
