import type { LookupAddress, LookupOptions } from 'node:dns';
import { type ClientRequest, type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';

import type { PinnedTarget } from './address-guard';

export interface WebhookResponse {
  status: number;
}

export type AttemptFailure = 'status' | 'redirect' | 'timeout' | 'network';

/** One attempt did not deliver; the message says what happened, for the endpoint's owner. */
export class WebhookAttemptFailed extends Error {
  constructor(
    readonly failure: AttemptFailure,
    message: string,
    /** The receiver's answer, when it gave one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'WebhookAttemptFailed';
  }
}

// Enough to let a receiver finish a short answer; the body is never read, and a receiver that
// streams without end must not keep the attempt busy.
const maxResponseBytes = 64 * 1024;

/**
 * POSTs one signed webhook to the address the guard checked, and to it only: the lookup answers
 * with that address, so no second resolution can send the request elsewhere (DNS rebinding),
 * while Host and TLS SNI stay the URL's name. A redirect is not followed, since its target was
 * never checked. `timeoutMs` bounds the whole attempt, connection and answer.
 */
export function postWebhook(
  target: PinnedTarget,
  url: URL,
  body: string,
  headers: Record<string, string>,
  { timeoutMs }: { timeoutMs: number },
): Promise<WebhookResponse> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: WebhookResponse | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Nothing is pooled (no agent): the socket goes with the attempt.
      req.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const req: ClientRequest = request(
      {
        protocol: url.protocol,
        hostname: target.hostname,
        port: target.port,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        agent: false,
        lookup: pinnedLookup(target),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Pollen-Webhooks/1',
        },
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read >= maxResponseBytes) settle(outcomeOf(response));
        });
        response.on('end', () => settle(outcomeOf(response)));
        response.on('error', (error) => settle(networkFailure(error, target)));
      },
    );
    req.on('error', (error) => settle(networkFailure(error, target)));
    // Armed once the request exists: a header `request` refuses throws before any timer is left behind.
    const timer = setTimeout(
      () => settle(new WebhookAttemptFailed('timeout', `No answer within ${timeoutMs} ms.`)),
      timeoutMs,
    );
    req.end(body);
  });
}

/** Answers every lookup with the pinned address, in both forms Node asks for (`all` with autoSelectFamily). */
function pinnedLookup({ address, family }: PinnedTarget): LookupFunction {
  return (_hostname: string, options: LookupOptions, callback) => {
    if (options.all) callback(null, [{ address, family } satisfies LookupAddress]);
    else callback(null, address, family);
  };
}

function outcomeOf(response: IncomingMessage): WebhookResponse | WebhookAttemptFailed {
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) return { status };
  if (status >= 300 && status < 400) {
    const location = String(response.headers.location ?? 'nowhere').slice(0, 200);
    return new WebhookAttemptFailed('redirect', `Redirect not followed (${status} to ${location}).`, status);
  }
  return new WebhookAttemptFailed('status', `The endpoint answered ${status}.`, status);
}

function networkFailure(error: NodeJS.ErrnoException, { address, port }: PinnedTarget): WebhookAttemptFailed {
  const where = `${address.includes(':') ? `[${address}]` : address}:${port}`;
  switch (error.code) {
    case 'ECONNREFUSED':
      return new WebhookAttemptFailed('network', `Connection refused by ${where}.`);
    case 'ECONNRESET':
      return new WebhookAttemptFailed('network', `Connection reset by ${where} before an answer.`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new WebhookAttemptFailed('network', `${where} cannot be reached from here.`);
    default:
      return new WebhookAttemptFailed('network', `Could not deliver to ${where}: ${error.message}`);
  }
}
