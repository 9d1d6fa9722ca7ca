import { RecordingErasureLog } from '@pollen/testing';

import { alice, bob, journey, nextRequestId, operator } from '../../../test/fakes/journey';
import type { Application } from '../../domain/application';
import { ERASED, RETENTION_BASIS } from '../../domain/erasure';
import { ErasureAwaitsOutbox } from '../../errors';
import { ErasePersonalData } from './erase-personal-data.usecase';

/** The stored application (the test fails if it is gone). */
function storedOf(sut: { store: { items: Map<string, Application> } }, id: string): Application {
  const application = sut.store.items.get(id);
  if (!application) throw new Error(`application ${id} is gone`);
  return application;
}

async function world() {
  const sut = await journey();
  const log = new RecordingErasureLog();
  const erase = new ErasePersonalData(sut.store, sut.programmes, log);
  const decided = new Date('2026-03-10T09:00:00Z');
  const funded = async (actor = alice) => {
    const eligible = await sut.eligible(actor);
    const hold = await sut.reserve.execute({
      programmeId: 'programme-1',
      requestId: nextRequestId(),
      actor: operator,
      applicationId: eligible.id,
    });
    const view = await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'funded',
      reason: 'Comité du 10 mars : projet solide',
      holdId: hold.holdId,
    });
    // The decision's day, as the history records it.
    const last = sut.store.items.get(view.id)?.history.at(-1);
    if (last) last.at = decided;
    return view;
  };
  const eraseOf = (accountId: string, eventId = nextRequestId()) =>
    erase.execute({ accountId, erasureId: `erasure-of-${accountId}`, eventId, at: new Date() });
  return { sut, log, funded, eraseOf, decided };
}

describe('ErasePersonalData (applications)', () => {
  it('deletes the applications never decided in the applicant’s favour and keeps a funded one ten years, without its owner or prose', async () => {
    const { sut, log, funded, eraseOf } = await world();
    // Funded first: a funded application is no longer active, so a new draft may follow.
    const kept = await funded(alice);
    const draft = await sut.completeDraft(alice);
    const others = await sut.completeDraft(bob);
    const published = sut.store.events.length;

    expect(await eraseOf(alice.id, 'event-1')).toBe('applied');

    expect(sut.store.items.has(draft.id)).toBe(false);
    expect(sut.store.items.has(others.id)).toBe(true);
    const stored = storedOf(sut, kept.id);
    expect(stored.ownerId).toBe(ERASED);
    expect(stored.history.map((change) => change.by)).not.toContain(alice.id);
    expect(stored.history.at(-1)).toMatchObject({
      status: 'funded',
      by: 'ops',
      reason: 'Comité du 10 mars : projet solide',
    });
    expect(stored.project.summary).toBeUndefined();
    expect(stored.project.title).toBe(kept.project.title);
    expect(stored.request).toEqual(kept.request);
    expect(stored.retention).toEqual({
      until: new Date('2036-03-10T09:00:00Z'),
      basis: RETENTION_BASIS,
      erasureId: 'erasure-of-alice',
    });
    expect(JSON.stringify(stored)).not.toContain(`"${alice.id}"`);
    expect(log.completions.get('erasure-of-alice')).toEqual({
      causationId: 'event-1',
      data: {
        erasureId: 'erasure-of-alice',
        service: 'applications',
        erased: [
          { what: 'applications', count: 1, how: 'deleted' },
          { what: 'decided applications (owner removed)', count: 1, how: 'anonymised' },
        ],
        kept: [{ what: 'funded application', id: kept.id, basis: RETENTION_BASIS, until: '2036-03-10T09:00:00.000Z' }],
      },
    });
    // Nothing new on the application topic: matching forgets the owner on the same account event.
    expect(sut.store.events).toHaveLength(published);
  });

  it('changes nothing and confirms nothing again when the event is delivered twice', async () => {
    const { sut, log, funded, eraseOf } = await world();
    await funded(alice);
    await sut.completeDraft(alice);
    await eraseOf(alice.id);
    const after = structuredClone([...sut.store.items.values()]);

    expect(await eraseOf(alice.id)).toBe('duplicate');

    expect([...sut.store.items.values()]).toEqual(after);
    expect(log.completions.size).toBe(1);
  });

  it('keeps an operator’s decisions and programmes, without the operator’s id', async () => {
    const { sut, log, funded, eraseOf } = await world();
    const decided = await funded(alice);

    expect(await eraseOf(operator.id)).toBe('applied');

    const application = storedOf(sut, decided.id);
    expect(application.ownerId).toBe(alice.id);
    expect(application.history.at(-1)).toMatchObject({ status: 'funded', by: ERASED });
    expect(sut.programmes.items.get('programme-1')?.createdBy).toBe(ERASED);
    expect(log.completions.get('erasure-of-ops')?.data).toMatchObject({
      erased: [
        { what: 'applications the account acted on', count: 1, how: 'anonymised' },
        { what: 'programmes the account created', count: 1, how: 'anonymised' },
      ],
      kept: [],
    });
  });

  it('waits while an application to delete still has events to publish, having changed nothing', async () => {
    const { sut, log, eraseOf } = await world();
    const draft = await sut.completeDraft(alice);
    sut.store.unpublished.add(draft.id);

    await expect(eraseOf(alice.id)).rejects.toBeInstanceOf(ErasureAwaitsOutbox);
    expect(sut.store.items.has(draft.id)).toBe(true);
    expect(log.completions.size).toBe(0);

    sut.store.unpublished.delete(draft.id);
    expect(await eraseOf(alice.id)).toBe('applied');
    expect(sut.store.items.has(draft.id)).toBe(false);
  });
});
