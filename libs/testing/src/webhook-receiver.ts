import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

import { eventually } from './eventually';

/** One request as the receiver got it: the raw body, to verify a signature over its exact bytes. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers on a path: a status, a redirect, or no answer at all (`'never'`). */
export type ReceiverAnswer = number | { status: number; location?: string } | 'never';

/**
 * A webhook endpoint of the test's own on 127.0.0.1: it records every request and answers each
 * path as the test scripted it (204 unless told otherwise).
 */
export class WebhookReceiver {
  private readonly requests: ReceivedRequest[] = [];
  private readonly answers = new Map<string, ReceiverAnswer>();
  private readonly server: Server = createServer((request, response) => this.receive(request, response));

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve, reject) => {
      receiver.server.once('error', reject);
      receiver.server.listen(0, '127.0.0.1', resolve);
    });
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `127.0.0.1:port`, as an allowed webhook target is written. */
  get hostPort(): string {
    return `127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return `http://${this.hostPort}${path}`;
  }

  respondWith(path: string, answer: ReceiverAnswer): void {
    this.answers.set(path, answer);
  }

  received(path: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  /** The requests on `path` once there are at least `count` of them. */
  waitFor(path: string, count = 1, timeoutMs = 5_000): Promise<ReceivedRequest[]> {
    return eventually(() => this.received(path).length >= count && this.received(path), {
      timeoutMs,
      intervalMs: 20,
      what: `${count} request(s) on ${path}`,
    });
  }

  async stop(): Promise<void> {
    // Requests left unanswered on purpose would hold close() forever.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://receiver').pathname;
      this.requests.push({
        method: request.method ?? '',
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const answer = this.answers.get(path) ?? 204;
      if (answer === 'never') return;
      const { status, location } = typeof answer === 'number' ? { status: answer, location: undefined } : answer;
      response.writeHead(status, location ? { location } : {}).end();
    });
  }
}
