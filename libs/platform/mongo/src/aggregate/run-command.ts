import type { EventEnvelope } from '@pollen/contracts';

import type { AggregateWriter, IdempotentAggregate } from './aggregate';

export interface CommandSteps<TState extends IdempotentAggregate> {
  store: AggregateWriter<TState>;
  /** Reads the aggregate as the actor may see it (throws not-found otherwise). */
  load: () => Promise<TState>;
  /** The request envelope's id: a redelivered request is recognised, not applied twice. */
  requestId: string;
  /** The versions `If-Match` accepts; absent when any version will do. */
  expectedVersions?: readonly number[];
  /** What a stale `If-Match` gets (412). */
  versionMismatch?: (current: TState) => Error;
  /** The domain's decision: the change and its events (throws when the rules refuse it). */
  apply: (
    current: TState,
  ) => { next: TState; events: EventEnvelope[] } | Promise<{ next: TState; events: EventEnvelope[] }>;
  /** What a write that lost the compare-and-set gets (409). */
  concurrentChange: () => Error;
}

/**
 * Every command on an existing aggregate, one way: load → already applied? (answer with the
 * current state) → version matches? → apply the domain's rules → save if still at the version
 * read. Returns the state after the command.
 */
export async function runCommand<TState extends IdempotentAggregate>(steps: CommandSteps<TState>): Promise<TState> {
  const current = await steps.load();
  if (current.appliedRequestIds.includes(steps.requestId)) return current;
  if (steps.expectedVersions && !steps.expectedVersions.includes(current.version)) {
    throw steps.versionMismatch?.(current) ?? steps.concurrentChange();
  }
  const change = await steps.apply(current);
  if (!(await steps.store.update(change.next, current.version, change.events))) throw steps.concurrentChange();
  return change.next;
}
