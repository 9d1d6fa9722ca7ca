import { Headers, PERSONAL_DATA_MAX_RETENTION_MS, topicNamed, Topics } from '@pollen/contracts';

import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { ExpireDeadLetters } from './expire-dead-letters.usecase';

describe('ExpireDeadLetters', () => {
  const lastFailedAt = new Date('2026-03-01T10:00:00Z');
  const past = new Date(lastFailedAt.getTime() + PERSONAL_DATA_MAX_RETENTION_MS + 1);
  // The factory's dead letter is of application events, which carry no personal data.
  const personal = Topics.matchingRequests.name;
  let store: InMemoryDeadLetterStore;
  let sut: ExpireDeadLetters;

  beforeEach(() => {
    store = new InMemoryDeadLetterStore();
    sut = new ExpireDeadLetters(store);
  });

  it('is about topics the catalogue marks as personal data, and others', () => {
    expect(topicNamed(personal)?.personalData).toBe(true);
    expect(topicNamed(Topics.applicationEvents.name)?.personalData).toBe(false);
  });

  it('replaces what a personal-data message said once its dead-letter topic would have dropped it', async () => {
    await store.insert(
      aDeadLetter({ id: 'old', topic: personal, lastFailedAt, value: '{"email":"ada@example.org"}' }),
      [],
    );

    await sut.execute({ now: past });

    const expired = store.items.get('old');
    expect(expired).toMatchObject({ value: '[expired]', error: '[expired]', state: 'expired', version: 1 });
    expect(Object.keys(expired?.headers ?? {})).not.toContain(Headers.dltError);
    expect(expired?.headers[Headers.dltGroup]).toBe('matching');
    expect(expired).toMatchObject({ topic: personal, reason: 'retries-exhausted' });
  });

  it('leaves younger dead letters, those of topics without personal data, and those expired already', async () => {
    await store.insert(aDeadLetter({ id: 'young', topic: personal, lastFailedAt: new Date(past.getTime() - 2) }), []);
    await store.insert(aDeadLetter({ id: 'no-personal-data', lastFailedAt }), []);
    await store.insert(
      aDeadLetter({ id: 'done', topic: personal, lastFailedAt, value: '[expired]', error: '[expired]' }),
      [],
    );

    await sut.execute({ now: past });

    expect([...store.items.values()].map((item) => [item.id, item.version])).toEqual([
      ['young', 0],
      ['no-personal-data', 0],
      ['done', 0],
    ]);
  });
});
