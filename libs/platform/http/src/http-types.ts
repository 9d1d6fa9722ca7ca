import type { IncomingHttpHeaders } from 'node:http';

/**
 * What handlers, guards and filters read of a request. The HTTP adapter is chosen and set up in one
 * place (`startService`: Fastify, ADR 0010); code outside it sees only this.
 */
export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /**
   * The client's address: the socket's peer, or the address `X-Forwarded-For` gives when that peer
   * is a trusted proxy (the gateway's TRUSTED_PROXIES).
   */
  readonly ip: string;
  /** `http` or `https` as the client sent it: a trusted proxy's `X-Forwarded-Proto`, else the socket's. */
  readonly protocol: string;
  /** The host and port the client addressed: a trusted proxy's `X-Forwarded-Host`, else `Host`. */
  readonly host: string;
}

/** What handlers may do to a reply before returning its body: set a header (ETag, Location). */
export interface HttpReply {
  header(name: string, value: string): unknown;
}

const RECEIVED_AT = Symbol('pollen.receivedAt');

/** Stamps when a request arrived (the HTTP adapter does it first thing), so later steps share one deadline. */
export function markReceived(request: object, at = Date.now()): void {
  (request as { [RECEIVED_AT]?: number })[RECEIVED_AT] = at;
}

/** When the request arrived; now when nothing stamped it (a request made up in a test). */
export function receivedAtOf(request: HttpRequest): number {
  return (request as { [RECEIVED_AT]?: number })[RECEIVED_AT] ?? Date.now();
}
