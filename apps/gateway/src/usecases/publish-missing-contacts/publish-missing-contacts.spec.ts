import { authKit } from '../../../test/fakes/auth-kit';
import { type Account, erasureOf } from '../../domain/account';
import { PublishMissingContacts } from './publish-missing-contacts.usecase';

/** An account as stored before contacts were published: registered, version 1, no mark. */
const earlier = (n: number): Account => ({
  id: `acc-${String(n).padStart(4, '0')}`,
  email: `person-${n}@example.org`,
  passwordHash: 'plain:x',
  role: n % 2 === 0 ? 'investor' : 'applicant',
  displayName: `Person ${n}`,
  locale: n % 3 === 0 ? 'en' : 'fr',
  version: 1,
  createdAt: new Date('2026-01-01T00:00:00Z'),
});

describe('PublishMissingContacts', () => {
  it('publishes the contact of each earlier account once, batch after batch, and marks it', async () => {
    const { accounts } = authKit();
    for (let n = 1; n <= 250; n += 1) await accounts.insert(earlier(n), []);
    const sut = new PublishMissingContacts(accounts);

    expect(await sut.execute()).toBe(250);
    expect(await sut.execute()).toBe(0);

    expect(accounts.events).toHaveLength(250);
    expect(accounts.events.find((event) => event.subject === 'acc-0003')).toMatchObject({
      type: 'account.contact-changed',
      aggregateVersion: 2,
      data: {
        accountId: 'acc-0003',
        email: 'person-3@example.org',
        displayName: 'Person 3',
        locale: 'en',
        role: 'applicant',
      },
    });
    expect(await accounts.findById('acc-0250')).toMatchObject({ version: 2, contactPublished: true });
  });

  it('leaves alone the accounts registered since, which published theirs', async () => {
    const kit = authKit();
    await kit.register.execute({
      email: 'new@example.org',
      password: 'a long enough password',
      role: 'applicant',
      displayName: 'New',
      locale: 'fr',
    });
    kit.accounts.events.length = 0;

    expect(await new PublishMissingContacts(kit.accounts).execute()).toBe(0);
    expect(kit.accounts.events).toEqual([]);
  });

  it('skips an account another replica published in the meantime, and still ends', async () => {
    const { accounts } = authKit();
    for (let n = 1; n <= 3; n += 1) await accounts.insert(earlier(n), []);
    // The other replica's write wins the compare-and-set for the second account.
    const update = accounts.update.bind(accounts);
    jest
      .spyOn(accounts, 'update')
      .mockImplementation(async (next, version, events) => next.id !== 'acc-0002' && update(next, version, events));

    expect(await new PublishMissingContacts(accounts).execute()).toBe(2);
    expect(accounts.events.map((event) => event.subject)).toEqual(['acc-0001', 'acc-0003']);
  });

  it('never publishes the contact of an erased account, whose stub has none to publish', async () => {
    const { accounts } = authKit();
    await accounts.insert(earlier(1), []);
    await accounts.insert(earlier(2), []);
    const { stub, events } = erasureOf(earlier(2), {
      erasureId: 'erasure-1',
      receiptHash: 'f'.repeat(64),
      at: new Date(),
    });
    await accounts.erase(stub, 1, events);
    accounts.events.length = 0;

    expect(await new PublishMissingContacts(accounts).execute()).toBe(1);
    expect(accounts.events.map((event) => [event.type, event.subject])).toEqual([
      ['account.contact-changed', 'acc-0001'],
    ]);
  });
});
