import { euros } from '@pollen/contracts';

import { InMemoryDeliveryStore } from '../../../test/fakes/in-memory-delivery.store';
import { InMemoryDigestStore } from '../../../test/fakes/in-memory-digest.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { NewDeliveries } from '../../delivery/new-deliveries';
import { type Delivery, newEmail } from '../../domain/delivery';
import { DIGEST_MAX_MATCHES, type DigestMatch } from '../../domain/digest';
import { SendDigests } from './send-digests.usecase';

// 08:00 in Paris on 2 December 2026 (winter time: UTC+1).
const DIGEST_TIME = new Date('2026-12-02T07:00:00Z');
const at = (minutes: number) => new Date(DIGEST_TIME.getTime() + minutes * 60_000);
const HOUR = 60;
const DAY = 24 * HOUR;
const config = Object.assign(new NotificationsConfig(), { DIGEST_AT: '08:00' });

const matchOf = (n: number): DigestMatch => ({
  matchId: `match-${n}`,
  organisation: `Structure ${n}`,
  project: `Projet ${n}`,
  amount: euros(1_000_000 * n),
  instrument: { fr: 'prêt d’honneur', en: 'honour loan' },
  score: 70 + (n % 30),
});

describe('SendDigests', () => {
  let digests: InMemoryDigestStore;
  let deliveries: InMemoryDeliveryStore;
  let added: NewDeliveries;
  let woken: jest.Mock;
  let sut: SendDigests;

  /** Records match `n` for `recipientId` at minute `minute` of the digest time. */
  const record = (recipientId: string, n: number, minute: number) =>
    digests.add({
      id: `evt-${n}:${recipientId}`,
      recipientId,
      match: matchOf(n),
      createdAt: at(minute),
      digestId: null,
    });
  const sent = (): Delivery[] => [...deliveries.items.values()];
  const listedBy = (n: number, recipientId = 'inv-1') => digests.entries.get(`evt-${n}:${recipientId}`)?.digestId;

  beforeEach(() => {
    digests = new InMemoryDigestStore();
    deliveries = new InMemoryDeliveryStore();
    added = new NewDeliveries();
    woken = jest.fn();
    added.onAdded('e-mail', woken);
    sut = new SendDigests(digests, deliveries, added, config);
  });

  it('lists every match recorded since the last digest in one e-mail of the day, due at once', async () => {
    await record('inv-1', 1, -20 * HOUR);
    await record('inv-1', 2, -3 * HOUR);
    await record('inv-1', 3, -1);

    await sut.runDue(at(0));

    expect(sent()).toEqual([
      expect.objectContaining({
        id: 'digest:inv-1:2026-12-02',
        channel: 'e-mail',
        kind: 'deal-flow-digest',
        recipientId: 'inv-1',
        status: 'pending',
        nextAttemptAt: at(0),
        message: {
          kind: 'deal-flow-digest',
          variables: { day: { fr: '2 décembre 2026', en: '2 December 2026' }, matches: [1, 2, 3].map(matchOf) },
        },
      }),
    ]);
    expect([1, 2, 3].map((n) => listedBy(n))).toEqual(Array(3).fill('digest:inv-1:2026-12-02'));
    expect(woken).toHaveBeenCalledTimes(1);
  });

  it('sends each investor their own digest', async () => {
    await record('inv-1', 1, -60);
    await record('inv-2', 2, -30);

    await sut.runDue(at(1));

    expect(
      sent().map((mail) => [mail.id, mail.message.kind === 'deal-flow-digest' && mail.message.variables.matches]),
    ).toEqual([
      ['digest:inv-1:2026-12-02', [matchOf(1)]],
      ['digest:inv-2:2026-12-02', [matchOf(2)]],
    ]);
    expect(woken).toHaveBeenCalledTimes(1);
  });

  it('sends nothing before the digest time', async () => {
    await record('inv-1', 1, -60);

    await sut.runDue(at(-1));

    expect(sent()).toEqual([]);
    expect(listedBy(1)).toBeNull();
    expect(woken).not.toHaveBeenCalled();
  });

  it('never sends a second digest the same day, even after a restart', async () => {
    await record('inv-1', 1, -60);
    await sut.runDue(at(0));

    await sut.runDue(at(1));
    const restarted = new SendDigests(digests, deliveries, new NewDeliveries(), config);
    await restarted.runDue(at(5));
    await restarted.runDue(at(20 * HOUR));

    expect(sent().map((mail) => mail.id)).toEqual(['digest:inv-1:2026-12-02']);
    expect(woken).toHaveBeenCalledTimes(1);
  });

  it('leaves a match recorded after the digest time for the next day’s digest', async () => {
    await record('inv-1', 1, -1);
    await record('inv-1', 2, 1);

    await sut.runDue(at(5));
    expect(sent()).toHaveLength(1);
    expect(sent()[0].message).toMatchObject({ variables: { matches: [matchOf(1)] } });
    expect(listedBy(2)).toBeNull();

    await sut.runDue(at(DAY - 1));
    expect(sent()).toHaveLength(1);

    await sut.runDue(at(DAY));
    expect(sent().map((mail) => mail.id)).toEqual(['digest:inv-1:2026-12-02', 'digest:inv-1:2026-12-03']);
    expect(sent()[1].message).toEqual({
      kind: 'deal-flow-digest',
      variables: { day: { fr: '3 décembre 2026', en: '3 December 2026' }, matches: [matchOf(2)] },
    });
    expect(listedBy(2)).toBe('digest:inv-1:2026-12-03');
  });

  it('sends no digest to an investor with no new match', async () => {
    await record('inv-1', 1, -60);
    await sut.runDue(at(0));

    await sut.runDue(at(DAY));

    expect(sent().map((mail) => mail.id)).toEqual(['digest:inv-1:2026-12-02']);
    expect(woken).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when nobody waits for a digest', async () => {
    expect(await sut.runDue(at(0))).toBe(false);

    expect(sent()).toEqual([]);
    expect(woken).not.toHaveBeenCalled();
  });

  it('after a crash between adding the digest and marking its matches, marks them and sends no second one', async () => {
    await record('inv-1', 1, -60);
    await record('inv-1', 2, -30);
    // The pass before the crash added the day's digest, then stopped.
    const before = newEmail(
      { eventId: 'digest:inv-1:2026-12-02', recipientId: 'inv-1' },
      {
        kind: 'deal-flow-digest',
        variables: { day: { fr: '2 décembre 2026', en: '2 December 2026' }, matches: [1, 2].map(matchOf) },
      },
      at(0),
    );
    await deliveries.add({ ...before, id: 'digest:inv-1:2026-12-02' });

    await new SendDigests(digests, deliveries, added, config).runDue(at(1));

    expect(sent()).toEqual([expect.objectContaining({ id: 'digest:inv-1:2026-12-02', createdAt: at(0) })]);
    expect([listedBy(1), listedBy(2)]).toEqual(['digest:inv-1:2026-12-02', 'digest:inv-1:2026-12-02']);
    expect(woken).not.toHaveBeenCalled();

    await sut.runDue(at(DAY));
    expect(sent()).toHaveLength(1);
  });

  it(`lists the newest ${DIGEST_MAX_MATCHES} matches at most, and marks every one listed`, async () => {
    const count = DIGEST_MAX_MATCHES + 2;
    for (let n = 1; n <= count; n += 1) await record('inv-1', n, -count + n - 1);

    await sut.runDue(at(0));

    const [digest] = sent();
    const matches = digest.message.kind === 'deal-flow-digest' ? digest.message.variables.matches : [];
    expect(matches).toHaveLength(DIGEST_MAX_MATCHES);
    expect(matches[0]).toEqual(matchOf(3));
    expect(matches.at(-1)).toEqual(matchOf(count));
    expect([...digests.entries.values()].every((entry) => entry.digestId === digest.id)).toBe(true);
  });
});
