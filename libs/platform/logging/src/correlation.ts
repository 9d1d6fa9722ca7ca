import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What travels with one piece of work, from the HTTP request through Kafka headers into every
 * service's logs: the correlation id, and when known the message being handled.
 */
export interface CorrelationScope {
  correlationId: string;
  eventId?: string;
  aggregateId?: string;
}

const storage = new AsyncLocalStorage<CorrelationScope>();

export const Correlation = {
  run<T>(scope: CorrelationScope, work: () => T): T {
    return storage.run(scope, work);
  },
  current(): CorrelationScope | undefined {
    return storage.getStore();
  },
  /** The current correlation id, or a new one when nothing started a scope. */
  id(): string {
    return storage.getStore()?.correlationId ?? randomUUID();
  },
};
