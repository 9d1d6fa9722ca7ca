/** How a 503's wait is told to the page: when the next attempt goes, and which attempt it is. */
export interface RetryNotice {
  attempt: number;
  retryInMs: number;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Said before each wait, and with `undefined` once the request is answered otherwise than 503. */
  onRetry?: (notice: RetryNotice | undefined) => void;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_ATTEMPTS = 5;
const FALLBACK_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 30_000;

/** `Retry-After` in seconds or as a date (RFC 9110 §10.2.3), as milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return FALLBACK_WAIT_MS;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), LONGEST_WAIT_MS) : FALLBACK_WAIT_MS;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fetch that sends a request again after a 503, as `Retry-After` asks, up to `attempts` times.
 * The gateway answers 503 before doing anything when it is at capacity or a service is away; a
 * write is safe to send again because the client gives it an `Idempotency-Key` (./client.ts).
 */
export function retryingFetch(next: typeof fetch, options: RetryOptions = {}): (request: Request) => Promise<Response> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const sleep = options.sleep ?? wait;
  return async (request) => {
    for (let attempt = 1; ; attempt++) {
      const response = await next(request.clone());
      if (response.status !== 503 || attempt >= attempts) {
        if (attempt > 1) options.onRetry?.(undefined);
        return response;
      }
      const retryInMs = retryAfterMs(response.headers.get('Retry-After'));
      options.onRetry?.({ attempt, retryInMs });
      await sleep(retryInMs);
    }
  };
}
