import { Injectable } from '@nestjs/common';

import { GatewayConfig } from '../config/gateway.config';

/** Past this many keys, expired ones are swept, and a new key is not kept while still past it. */
const MAX_KEYS = 1000;

interface Entry {
  answer: Promise<unknown>;
  /** When the answer stops being served: never while it is still awaited. */
  until: number;
}

/**
 * Reads of the public catalogue by anyone but operators, answered from the owner's last answer for
 * PUBLIC_READ_CACHE_MS after it came (ADR 0020): a deadline rush browses programmes at a rate no
 * round trip per request would bear, and the catalogue changes at an operator's pace. Concurrent
 * reads of one key share one request; a failed request is not kept.
 */
@Injectable()
export class PublicReadCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly config: GatewayConfig) {}

  read<T>(key: string, ask: () => Promise<T>): Promise<T> {
    const ttl = this.config.PUBLIC_READ_CACHE_MS;
    if (ttl === 0) return ask();
    const kept = this.entries.get(key);
    if (kept && kept.until > Date.now()) return kept.answer as Promise<T>;
    if (kept) this.entries.delete(key);
    if (this.entries.size >= MAX_KEYS) this.sweep();
    const answer = ask();
    if (this.entries.size >= MAX_KEYS) return answer;
    const entry: Entry = { answer, until: Number.POSITIVE_INFINITY };
    this.entries.set(key, entry);
    answer.then(
      () => (entry.until = Date.now() + ttl),
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    return answer;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
  }
}
