import { Headers } from '@pollen/contracts';
import { RecordingErasureLog } from '@pollen/testing';

import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { aDelivery } from '../../../test/factories/timeline.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { InMemoryTimelineStore } from '../../../test/fakes/in-memory-timeline.store';
import { RecordTimelineEntry } from '../record-timeline-entry/record-timeline-entry.usecase';
import { ErasePersonalData } from './erase-personal-data.usecase';

describe('ErasePersonalData', () => {
  const command = { erasureId: 'erasure-1', accountId: 'account-1', causationId: 'event-9' };
  let store: InMemoryDeadLetterStore;
  let log: RecordingErasureLog;
  let timeline: InMemoryTimelineStore;
  let sut: ErasePersonalData;

  beforeEach(async () => {
    store = new InMemoryDeadLetterStore();
    log = new RecordingErasureLog();
    timeline = new InMemoryTimelineStore();
    sut = new ErasePersonalData(store, timeline, log);
    const record = new RecordTimelineEntry(timeline, new InMemoryErasureProgressStore());
    await record.execute(aDelivery('notification.sent', 'e-mail', '2026-03-01T10:00:05.000Z'));
    await record.execute(aDelivery('notification.sent', 'e-mail', '2026-03-01T10:00:06.000Z', 'app-2', 'account-2'));
    await store.insert(
      aDeadLetter({
        id: 'about-her',
        key: 'account-1',
        value: JSON.stringify({ type: 'account.contact-changed', data: { accountId: 'account-1', email: 'a@b.fr' } }),
        error: 'cannot reach a@b.fr',
        headers: { ...aDeadLetter().headers, 'x-trace-user': 'account-1' },
      }),
      [],
    );
    await store.insert(
      aDeadLetter({
        id: 'replayed-by-her',
        replays: [{ requestedAt: new Date(), requestedBy: 'account-1' }],
      }),
      [],
    );
    await store.insert(aDeadLetter({ id: 'someone-else', key: 'account-2', value: '{"accountId":"account-2"}' }), []);
  });

  it('keeps where a dead letter about the account came from and why it failed, and nothing it said', async () => {
    await expect(sut.execute(command)).resolves.toBe('applied');

    const erased = await store.findById('about-her');
    expect(erased).toMatchObject({
      key: null,
      value: '[erased erasure-1]',
      error: '[erased erasure-1]',
      state: 'expired',
      topic: aDeadLetter().topic,
      partition: aDeadLetter().partition,
      offset: aDeadLetter().offset,
      reason: 'retries-exhausted',
      type: 'application.drafted',
      version: 1,
    });
    expect(erased?.headers).toEqual({
      [Headers.type]: 'application.drafted',
      [Headers.dltReason]: 'retries-exhausted',
      [Headers.dltTopic]: aDeadLetter().topic,
      [Headers.dltPartition]: '2',
      [Headers.dltOffset]: '41',
      [Headers.dltAttempts]: '4',
      [Headers.dltGroup]: 'matching',
      [Headers.dltFirstAt]: '2026-03-01T09:59:58.000Z',
      [Headers.dltAt]: '2026-03-01T10:00:00.000Z',
    });
    expect(JSON.stringify(erased)).not.toContain('account-1');
  });

  it('removes the account from replays it asked for, and leaves other people’s dead letters alone', async () => {
    await sut.execute(command);

    const replayed = await store.findById('replayed-by-her');
    expect(replayed?.replays[0]?.requestedBy).toBe('[erased erasure-1]');
    expect(replayed?.value).toBe(aDeadLetter().value);
    expect(await store.findById('someone-else')).toEqual(
      aDeadLetter({ id: 'someone-else', key: 'account-2', value: '{"accountId":"account-2"}' }),
    );
  });

  it('takes the account out of the timeline entries that named it, and only those', async () => {
    await sut.execute(command);

    const subjects = [...timeline.items.values()].map((entry) => entry.subject);
    expect(subjects).toEqual([
      expect.stringMatching(/^event-\d+:\[erased erasure-1\]:e-mail$/),
      expect.stringMatching(/^event-\d+:account-2:e-mail$/),
    ]);
    expect(await timeline.naming('account-1')).toEqual([]);
  });

  it('confirms once with what it anonymised, and a second run changes nothing', async () => {
    await sut.execute(command);

    await expect(sut.execute(command)).resolves.toBe('duplicate');
    expect([...log.completions.values()]).toEqual([
      {
        causationId: 'event-9',
        data: {
          erasureId: 'erasure-1',
          service: 'operations',
          erased: [
            { what: 'dead letters', count: 1, how: 'anonymised' },
            { what: 'replay requests', count: 1, how: 'anonymised' },
            { what: 'timeline entries', count: 1, how: 'anonymised' },
          ],
          kept: [],
        },
      },
    ]);
    expect((await store.findById('about-her'))?.version).toBe(1);
  });
});
