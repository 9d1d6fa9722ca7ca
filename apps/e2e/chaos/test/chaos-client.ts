import { randomUUID } from 'node:crypto';

/** One HTTP answer of the gateway, as the chaos suite saw it. */
export interface Answer {
  method: string;
  /** The route, ids replaced: `POST /v1/applications/:id/submit`. */
  route: string;
  /** 0 when no answer came (connection refused, reset, or nothing within NO_ANSWER_MS). */
  status: number;
  ms: number;
  retryAfter: string | null;
  /** What the fault timeline was doing when the request was sent. */
  phase: string;
  at: number;
  /** Why the gateway answered 503: the problem's detail, so a report says what was down. */
  detail?: string;
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** A request that got nothing back for this long is recorded as unanswered (status 0). */
const NO_ANSWER_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls the gateway as a real client would, and records every answer: its status, latency and
 * Retry-After, under the phase of the fault timeline it was sent in.
 */
export class ChaosClient {
  readonly answers: Answer[] = [];
  phase = 'start';

  constructor(private readonly baseUrl: string) {}

  async once(
    method: string,
    path: string,
    route: string,
    init: { token?: string; body?: unknown; idempotencyKey?: string; ifMatch?: string } = {},
  ): Promise<Reply & { retryAfter: string | null }> {
    const phase = this.phase;
    const started = Date.now();
    let status = 0;
    let retryAfter: string | null = null;
    let body: Record<string, unknown> = {};
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
          ...(init.idempotencyKey ? { 'Idempotency-Key': init.idempotencyKey } : {}),
          ...(init.ifMatch ? { 'If-Match': init.ifMatch } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(NO_ANSWER_MS),
      });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      const text = await response.text();
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        body = { text };
      }
    } catch (error) {
      body = { error: (error as Error).message };
    }
    const detail = status === 503 && typeof body['detail'] === 'string' ? body['detail'] : undefined;
    this.answers.push({ method, route, status, ms: Date.now() - started, retryAfter, phase, at: started, detail });
    return { status, body, retryAfter };
  }

  /**
   * Sends the same request again after each 503 (waiting its Retry-After), missing answer or 409
   * `idempotency.in-progress`, until another answer comes or `giveUpAt` passes; then returns the last
   * answer. Writes outside /v1/auth carry one Idempotency-Key for all their attempts, as a careful
   * client's would: a retry after a lost answer gets the first answer.
   */
  async retrying(
    method: string,
    path: string,
    route: string,
    init: { token?: string; body?: unknown; giveUpAt: number },
  ): Promise<Reply & { attempts: number }> {
    const write = (method === 'POST' || method === 'PATCH') && !path.startsWith('/v1/auth/');
    const idempotencyKey = write ? randomUUID() : undefined;
    for (let attempts = 1; ; attempts += 1) {
      const reply = await this.once(method, path, route, { ...init, idempotencyKey });
      const inProgress = reply.status === 409 && reply.body['code'] === 'idempotency.in-progress';
      const retryable = reply.status === 503 || reply.status === 0 || inProgress;
      if (!retryable || Date.now() >= init.giveUpAt) return { ...reply, attempts };
      const seconds = Number(reply.retryAfter);
      await sleep((Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000) + Math.random() * 500);
    }
  }
}
