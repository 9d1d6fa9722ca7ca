import { counter, histogram } from '@pollen/platform/health';

/**
 * Every HTTP answer's latency, by method, route template (never the raw URL, to bound cardinality;
 * `unmatched` for a path no route serves) and status: observed when the answer has gone, so a
 * guard's 401 or 403, a 404, a body-limit 413 and a handler's answer all count.
 */
export const httpRequestSeconds = histogram('pollen_http_request_seconds', 'HTTP request latency by route template', [
  'method',
  'route',
  'status',
] as const);

/** Requests refused at once because the instance was already serving its most (admission control). */
export const httpRequestsRefusedAtCapacity = counter(
  'pollen_http_requests_refused_at_capacity_total',
  'HTTP requests refused with 503 before any work, the instance being at capacity',
  [] as const,
);
