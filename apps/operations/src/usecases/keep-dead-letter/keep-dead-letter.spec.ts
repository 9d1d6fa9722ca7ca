import { Headers, Topics } from '@pollen/contracts';

import { aRawDeadLetter } from '../../../test/factories/dead-letter.factory';
import { anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { requestFrom } from '../../domain/erasure-progress';
import { KeepDeadLetter } from './keep-dead-letter.usecase';

describe('KeepDeadLetter', () => {
  let store: InMemoryDeadLetterStore;
  let erasures: InMemoryErasureProgressStore;
  let sut: KeepDeadLetter;

  beforeEach(() => {
    store = new InMemoryDeadLetterStore();
    erasures = new InMemoryErasureProgressStore();
    sut = new KeepDeadLetter(store, erasures);
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

  describe('about a person already erased', () => {
    const erased = '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
    const other = '0a0b0c0d-1e1f-4a2b-9c3d-4e5f6a7b8c9d';

    beforeEach(async () => {
      await erasures.addRequest(requestFrom(anErasureRequest({ accountId: erased, erasureId: 'erasure-9' })));
    });

    it('keeps it anonymised, as the erasure left the others', async () => {
      const kept = await sut.execute({
        message: aRawDeadLetter({
          key: erased,
          headers: { ...aRawDeadLetter().headers, [Headers.dltError]: `no investor ${erased}` },
          value: { id: 'event-2', type: 'investor.registered', data: { accountId: erased, email: 'ada@example.org' } },
        }),
      });

      expect(kept).toMatchObject({
        key: null,
        value: '[erased erasure-9]',
        error: '[erased erasure-9]',
        state: 'expired',
      });
      expect(JSON.stringify(store.items.get(kept?.id ?? ''))).not.toMatch(new RegExp(`${erased}|ada@`));
      expect(kept?.headers[Headers.dltTopic]).toBe(Topics.applicationEvents.name);
    });

    it('keeps as it came a message about someone else', async () => {
      const kept = await sut.execute({ message: aRawDeadLetter({ value: { data: { accountId: other } } }) });

      expect(kept).toMatchObject({ state: 'open', value: JSON.stringify({ data: { accountId: other } }) });
    });
  });
});
