import { Headers, Topics } from '@pollen/contracts';

import { aRawDeadLetter } from '../../../test/factories/dead-letter.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { KeepDeadLetter } from './keep-dead-letter.usecase';

describe('KeepDeadLetter', () => {
  let store: InMemoryDeadLetterStore;
  let sut: KeepDeadLetter;

  beforeEach(() => {
    store = new InMemoryDeadLetterStore();
    sut = new KeepDeadLetter(store);
  });

  it('keeps an event dead letter under <topic>:<partition>:<offset>, open, with what its headers say', async () => {
    const kept = await sut.execute({ message: aRawDeadLetter() });

    expect(kept).toMatchObject({
      id: `${Topics.applicationEvents.name}.matching.dlt:0:7`,
      topic: Topics.applicationEvents.name,
      partition: 2,
      offset: '41',
      consumer: 'matching',
      kind: 'event',
      type: 'application.drafted',
      key: 'app-1',
      state: 'open',
    });
    expect(JSON.parse(kept?.value ?? '')).toMatchObject({ id: 'event-1' });
  });

  it('keeps a request dead letter as expired, and any bytes as text', async () => {
    const kept = await sut.execute({
      message: aRawDeadLetter({
        topic: `${Topics.applicationRequests.name}.applications.dlt`,
        headers: { [Headers.dltTopic]: Topics.applicationRequests.name, [Headers.dltReason]: 'malformed' },
        value: 'not json',
      }),
    });

    expect(kept).toMatchObject({ kind: 'request', state: 'expired', value: 'not json', type: null });
  });

  it('keeps a redelivered dead letter once', async () => {
    await sut.execute({ message: aRawDeadLetter() });

    expect(await sut.execute({ message: aRawDeadLetter() })).toBeNull();
    expect(store.items.size).toBe(1);
  });
});
