import type { Actor } from '@pollen/contracts';

import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { RecordReplayOutcome } from '../record-replay-outcome/record-replay-outcome.usecase';
import { ReplayDeadLetter } from './replay-dead-letter.usecase';

const operator: Actor = { id: 'op-1', roles: ['operator'] };

describe('ReplayDeadLetter, then RecordReplayOutcome', () => {
  let store: InMemoryDeadLetterStore;
  let sut: ReplayDeadLetter;
  let record: RecordReplayOutcome;

  beforeEach(async () => {
    store = new InMemoryDeadLetterStore();
    sut = new ReplayDeadLetter(store);
    record = new RecordReplayOutcome(store);
    await store.insert(aDeadLetter({ id: 'd-1' }), []);
  });

  it('asks the owner for a replay keyed by the original key, once per request', async () => {
    const view = await sut.execute({ deadLetterId: 'd-1', requestId: 'r-1', actor: operator });
    await sut.execute({ deadLetterId: 'd-1', requestId: 'r-1', actor: operator });

    expect(view).toMatchObject({ state: 'replaying', replays: [{ requestedBy: 'op-1' }] });
    expect(store.events).toHaveLength(1);
    expect(store.events[0]).toMatchObject({
      type: 'ops.replay-requested',
      source: 'operations',
      subject: 'app-1',
      data: { deadLetterId: 'd-1', key: 'app-1', headers: { 'pollen-dlt-consumer-group': 'matching' } },
    });
  });

  it('refuses a request dead letter, an erased event, and an unknown one', async () => {
    await store.insert(aDeadLetter({ id: 'r-1', kind: 'request', state: 'expired' }), []);
    await store.insert(aDeadLetter({ id: 'e-1', value: '[erased er-1]', state: 'expired' }), []);

    await expect(sut.execute({ deadLetterId: 'r-1', requestId: 'x', actor: operator })).rejects.toMatchObject({
      reason: 'dead-letter.not-replayable',
    });
    await expect(sut.execute({ deadLetterId: 'e-1', requestId: 'z', actor: operator })).rejects.toMatchObject({
      reason: 'dead-letter.not-replayable',
    });
    expect(store.events).toHaveLength(0);
    await expect(sut.execute({ deadLetterId: 'nope', requestId: 'y', actor: operator })).rejects.toMatchObject({
      reason: 'dead-letter.not-found',
    });
  });

  it('records the outcome once; a failure counts as an attempt', async () => {
    await sut.execute({ deadLetterId: 'd-1', requestId: 'r-1', actor: operator });
    const at = new Date('2026-03-02T10:00:00Z');

    await record.execute({ deadLetterId: 'd-1', outcome: 'failed', error: 'still broken', completionId: 'c-1', at });
    await record.execute({ deadLetterId: 'd-1', outcome: 'failed', error: 'still broken', completionId: 'c-1', at });

    expect(await store.findById('d-1')).toMatchObject({
      state: 'replay-failed',
      attempts: 5,
      lastFailedAt: at,
      replays: [{ outcome: 'failed', error: 'still broken', completedAt: at }],
    });

    await sut.execute({ deadLetterId: 'd-1', requestId: 'r-2', actor: operator });
    await record.execute({ deadLetterId: 'd-1', outcome: 'applied', completionId: 'c-2', at });
    expect(await store.findById('d-1')).toMatchObject({ state: 'replayed', replays: [{}, { outcome: 'applied' }] });
  });
});
