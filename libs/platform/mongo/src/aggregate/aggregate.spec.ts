import type { EventEnvelope } from '@pollen/contracts';

import { AggregateChange, APPLIED_REQUESTS_KEPT, type IdempotentAggregate } from './aggregate';
import { runCommand } from './run-command';

interface Thing extends IdempotentAggregate {
  reason?: string;
}

type Change = AggregateChange<Thing, 'pollen.applications.application-events.v2'>;

const ref = { applicationId: 'app-1', programmeId: 'p-1', ownerId: 'alice' };
const stored = (overrides: Partial<Thing> = {}): Thing => ({
  id: 'app-1',
  version: 3,
  appliedRequestIds: [],
  ...overrides,
});

/** A store that records what it was asked to write, and refuses a stale version. */
class RecordingStore {
  readonly writes: { next: Thing; expectedVersion: number; events: EventEnvelope[] }[] = [];
  constructor(private readonly version: number) {}
  async update(next: Thing, expectedVersion: number, events: EventEnvelope[]): Promise<boolean> {
    this.writes.push({ next, expectedVersion, events });
    return expectedVersion === this.version;
  }
}

describe('AggregateChange', () => {
  it('moves the version by one per event, each event carrying its own, and remembers the request', () => {
    const change: Change = new AggregateChange(stored(), 'req-9', new Date('2026-12-01T10:00:00Z'));
    change.emit('application.withdrawn', { ...ref, reason: 'first' });
    change.emit('application.decided', (next) => ({
      ...ref,
      decision: 'declined',
      reason: `v${next.version}`,
      by: 'op',
    }));

    expect(change.next.version).toBe(5);
    expect(change.previous.version).toBe(3);
    expect(change.events.map((event) => [event.type, event.aggregateVersion, event.causationId])).toEqual([
      ['application.withdrawn', 4, 'req-9'],
      ['application.decided', 5, 'req-9'],
    ]);
    expect(change.events[1].data).toMatchObject({ reason: 'v5' });
    expect(change.events[0]).toMatchObject({
      source: 'applications',
      subject: 'app-1',
      occurredAt: '2026-12-01T10:00:00.000Z',
    });
    expect(change.next.appliedRequestIds).toEqual(['req-9']);
  });

  it('keeps only the last applied request ids', () => {
    const many = Array.from({ length: APPLIED_REQUESTS_KEPT }, (_, i) => `old-${i}`);
    const change: Change = new AggregateChange(stored({ appliedRequestIds: many }), 'new', new Date());
    expect(change.next.appliedRequestIds).toHaveLength(APPLIED_REQUESTS_KEPT);
    expect(change.next.appliedRequestIds.at(-1)).toBe('new');
    expect(change.next.appliedRequestIds[0]).toBe('old-1');
  });
});

describe('runCommand', () => {
  const withdraw = (current: Thing): Change => {
    const change: Change = new AggregateChange(current, 'req-1', new Date());
    change.next.reason = 'changed plans';
    change.emit('application.withdrawn', { ...ref, reason: 'changed plans' });
    return change;
  };
  const steps = (store: RecordingStore, current: Thing, more = {}) => ({
    store,
    load: async () => current,
    requestId: 'req-1',
    apply: withdraw,
    versionMismatch: (thing: Thing) => new Error(`stale: now ${thing.version}`),
    concurrentChange: () => new Error('changed meanwhile'),
    ...more,
  });

  it('applies the change and saves it if the aggregate is still at the version read', async () => {
    const store = new RecordingStore(3);
    const after = await runCommand(steps(store, stored()));
    expect(after).toMatchObject({ version: 4, reason: 'changed plans', appliedRequestIds: ['req-1'] });
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0].expectedVersion).toBe(3);
  });

  it('answers a redelivered request with the current state, writing nothing', async () => {
    const store = new RecordingStore(3);
    const current = stored({ appliedRequestIds: ['req-1'] });
    await expect(runCommand(steps(store, current))).resolves.toBe(current);
    expect(store.writes).toHaveLength(0);
  });

  it('refuses a version If-Match does not accept, before applying anything', async () => {
    const store = new RecordingStore(3);
    const apply = jest.fn(withdraw);
    await expect(runCommand(steps(store, stored(), { expectedVersions: [2], apply }))).rejects.toThrow('stale: now 3');
    expect(apply).not.toHaveBeenCalled();
    await expect(runCommand(steps(store, stored(), { expectedVersions: [2, 3] }))).resolves.toMatchObject({
      version: 4,
    });
  });

  it('refuses a write that lost the compare-and-set', async () => {
    await expect(runCommand(steps(new RecordingStore(7), stored()))).rejects.toThrow('changed meanwhile');
  });
});
