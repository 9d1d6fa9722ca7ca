import { createHash } from 'node:crypto';

import {
  type CallHandler,
  type ExecutionContext,
  type INestApplication,
  Injectable,
  Logger,
  type NestInterceptor,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { HttpRequest } from '@pollen/platform/http';
import { within } from '@pollen/platform/mongo';
import { onAnswer, type OutgoingAnswer } from '@pollen/platform/service';
import { type Observable, of } from 'rxjs';
import { v5 as uuidv5 } from 'uuid';

import { optionalActorOf } from '../auth/actor';
import { GatewayConfig } from '../config/gateway.config';
import { IdempotencyInProgress, IdempotencyKeyInvalid, IdempotencyKeyReused, IdempotencyNotSupported } from '../errors';
import { IdempotencyStore, type StoredAnswer } from '../repositories/idempotency.store';

/** The namespace of the ids derived from idempotency keys (a fixed, random UUID). */
const NAMESPACE = '3f1c2b7e-6d0a-4c55-9a51-2f8e7c4d9b10';
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const WRITES = new Set(['POST', 'PATCH']);
/** How long an answer waits for the database to keep it. */
const KEEP_WAIT_MS = 500;
/**
 * The headers of an answer worth sending again; the rest (dates, lengths) is the new answer's own.
 */
const KEPT_HEADERS = ['content-type', 'location', 'etag'];

interface Idempotent {
  scope: string;
  key: string;
  bodyHash: string;
  /** The stored answer to send instead of running the request again. */
  replay?: StoredAnswer;
}

const IDEMPOTENT = Symbol('pollen.idempotent');
type WithIdempotency = HttpRequest & { [IDEMPOTENT]?: Idempotent; body?: unknown };

/**
 * The id a request names its new aggregate, or its envelope, by: derived from the account (or
 * address) and the key when the request has an `Idempotency-Key`, so a retry after a lost answer
 * names the same aggregate and the owning service answers it as the first time; random otherwise.
 */
export function idempotentIdOf(request: HttpRequest, purpose: string): string | undefined {
  const idempotent = (request as WithIdempotency)[IDEMPOTENT];
  // The body too: a key reused with another body once its record is swept names another request.
  return idempotent && uuidv5(`${idempotent.scope}\n${idempotent.key}\n${idempotent.bodyHash}\n${purpose}`, NAMESPACE);
}

/**
 * `Idempotency-Key` on every POST and PATCH under /v1 but /v1/auth/*: the first request claims the
 * key; a retry gets the first answer, 409 while it runs, 422 with another body.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly config: GatewayConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<WithIdempotency>();
    const header = request.headers['idempotency-key'];
    const path = request.url.split('?')[0].toLowerCase();
    if (header === undefined || !WRITES.has(request.method) || !path.startsWith('/v1/')) return next.handle();
    if (path.startsWith('/v1/auth/')) throw new IdempotencyNotSupported();
    const key = Array.isArray(header) ? header.join(',') : header;
    if (!KEY.test(key)) throw new IdempotencyKeyInvalid();

    const scope = scopeOf(request);
    const now = new Date();
    // Past twice a request's longest wait (a decision asks two services), the claim's gateway died.
    const staleBefore = new Date(now.getTime() - 2 * (2 * this.config.REQUEST_TIMEOUT_MS + 1000));
    const bodyHash = bodyHashOf(request, path);
    const claim = await this.store.claim(scope, key, bodyHash, now, staleBefore);
    switch (claim.kind) {
      case 'in-progress':
        throw new IdempotencyInProgress();
      case 'reused':
        throw new IdempotencyKeyReused();
      case 'finished':
        // Nest answers with the route's own status; the answer hook puts the stored one in its place.
        request[IDEMPOTENT] = { scope, key, bodyHash, replay: claim.answer };
        return of(null);
      case 'claimed':
        request[IDEMPOTENT] = { scope, key, bodyHash };
        return next.handle();
    }
  }
}

/**
 * Keeps the answer to a claimed request, whatever produced it (the handler or the problem filter),
 * and sends a kept answer in place of a replayed request's. A server error (5xx) is not kept: the
 * claim is released so that a retry runs again. Nor is an answer that must not be stored (a secret
 * shown once says `Cache-Control: no-store`): its retry runs again with the same request id, which
 * the owning service answers as it did the first time, and no secret lies in the gateway's store.
 */
export function keepIdempotentAnswers(app: INestApplication): void {
  const store = app.get(IdempotencyStore);
  const logger = new Logger('Idempotency');
  const notKept = (error: unknown) => logger.warn({ err: (error as Error).message }, 'idempotent answer not kept');
  onAnswer(app, async (request, answer) => {
    const idempotent = (request as WithIdempotency)[IDEMPOTENT];
    if (!idempotent) return undefined;
    if (idempotent.replay) return replayed(idempotent.replay);
    if (answer.status >= 500) {
      // A 503 is due within the request timeout, and its client waits Retry-After before the retry:
      // the release runs behind the answer. A retry that still finds the claim gets 409 in-progress.
      store.release(idempotent.scope, idempotent.key).catch(notKept);
      return undefined;
    }
    const keeping = /\bno-store\b/.test(answer.headers['cache-control'] ?? '')
      ? store.release(idempotent.scope, idempotent.key)
      : store.finish(idempotent.scope, idempotent.key, kept(answer));
    try {
      // The answer does not wait for a database that is down: its retry then finds the claim in
      // progress until it goes stale, and runs again.
      await within(keeping, KEEP_WAIT_MS, 'keeping the idempotent answer');
    } catch (error) {
      notKept(error);
    }
    return undefined;
  });
}

/** Sweeps records past their time to live, every hour, on each gateway instance. */
@Injectable()
export class IdempotencySweeper implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencySweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: IdempotencyStore,
    private readonly config: GatewayConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), 60 * 60 * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.IDEMPOTENCY_TTL_HOURS * 60 * 60 * 1000);
    try {
      return await this.store.sweep(before);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'idempotency records not swept; next time');
      return 0;
    }
  }
}

/** The scope of an account's keys: what its erasure forgets. */
export const accountScopeOf = (accountId: string): string => `account:${accountId}`;

/** An account's keys are its own; on a public route, the client address's. */
function scopeOf(request: HttpRequest): string {
  const actor = optionalActorOf(request);
  return actor ? accountScopeOf(actor.id) : `ip:${request.ip}`;
}

/**
 * The route and the body: reusing a key on another route, or with another body, is refused. A
 * password the body carries (a signer's) is left out: a fast hash of it, beside fields anyone can
 * guess, would let whoever reads the store try passwords offline.
 */
function bodyHashOf(request: WithIdempotency, path: string): string {
  const body = request.body;
  const hashed =
    body && typeof body === 'object' && !Array.isArray(body) && 'password' in body
      ? Object.fromEntries(Object.entries(body).filter(([name]) => name !== 'password'))
      : (body ?? null);
  return createHash('sha256')
    .update(`${request.method} ${path}\n${JSON.stringify(hashed)}`)
    .digest('hex');
}

function kept(answer: OutgoingAnswer): StoredAnswer {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) if (answer.headers[name] !== undefined) headers[name] = answer.headers[name];
  return { status: answer.status, headers, body: answer.body };
}

function replayed(answer: StoredAnswer): OutgoingAnswer {
  return { status: answer.status, headers: { ...answer.headers, 'idempotent-replayed': 'true' }, body: answer.body };
}
