import type { Actor, ProgrammeView } from '@pollen/contracts';

import { aProgramme } from '../../../test/factories/programme.factory';
import { InMemoryProgrammeStore } from '../../../test/fakes/in-memory-programme.store';
import { operator } from '../../../test/fakes/journey';
import { CreateProgramme } from '../create-programme/create-programme.usecase';
import { GetProgramme } from '../get-programme/get-programme.usecase';
import { ListProgrammes } from '../list-programmes/list-programmes.usecase';
import { UpdateProgramme } from './update-programme.usecase';

const anyone: Actor = { id: 'anonymous', roles: [] };

/** Deadlines stored at 00:00 UTC before they were read in Paris time: operators confirm or correct them. */
describe('UpdateProgramme and the deadline review', () => {
  let store: InMemoryProgrammeStore;
  let sut: UpdateProgramme;
  let patches = 0;
  const patch = (programmeId: string, body: Record<string, unknown>) =>
    sut.execute({ programmeId, requestId: `patch-${++patches}`, actor: operator, patch: body });
  const read = (programmeId: string, actor: Actor = operator) =>
    new GetProgramme(store).execute({ programmeId, actor });

  beforeEach(async () => {
    store = new InMemoryProgrammeStore();
    sut = new UpdateProgramme(store);
    await store.insert(
      aProgramme({
        id: 'legacy',
        opensAt: new Date('2026-01-01T00:00:00.000Z'),
        closesAt: new Date('2026-06-30T00:00:00.000Z'),
      }),
      [],
    );
  });

  it('flags the programme to operators only, in one programme and in the list', async () => {
    expect(await read('legacy')).toMatchObject({ deadlineReview: true });
    expect(await read('legacy', anyone)).not.toHaveProperty('deadlineReview');

    const listed = (actor: Actor) =>
      new ListProgrammes(store).execute({ now: new Date('2026-03-01T12:00:00Z'), actor, status: 'all' });
    expect((await listed(operator)).items.map((p: ProgrammeView) => p.deadlineReview)).toEqual([true]);
    expect((await listed(anyone)).items[0]).not.toHaveProperty('deadlineReview');
  });

  it('keeps the flag until a patch names every deadline under review, and never moves a deadline by itself', async () => {
    expect(await patch('legacy', { title: 'Nouveau titre' })).toMatchObject({ deadlineReview: true });
    expect(await patch('legacy', { closesAt: '2026-06-30T00:00:00.000Z' })).toMatchObject({ deadlineReview: true });

    const confirmed = await patch('legacy', { opensAt: '2026-01-01T00:00:00Z' });

    expect(confirmed).not.toHaveProperty('deadlineReview');
    expect(confirmed).toMatchObject({ opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2026-06-30T00:00:00.000Z' });
    expect(await read('legacy')).not.toHaveProperty('deadlineReview');
  });

  it('clears the flag when the operator corrects a deadline with a Paris day', async () => {
    const corrected = await patch('legacy', { opensAt: '2026-01-01', closesAt: '2026-06-30' });

    expect(corrected).toMatchObject({ opensAt: '2025-12-31T23:00:00.000Z', closesAt: '2026-06-30T21:59:59.999Z' });
    expect(corrected).not.toHaveProperty('deadlineReview');
  });

  it('never flags a programme created since, even at 00:00 UTC sent with its offset', async () => {
    await new CreateProgramme(store).execute({
      programmeId: 'new',
      requestId: 'create-new',
      actor: operator,
      programme: {
        title: 'Prêt d’honneur',
        description: 'Prêt à taux zéro',
        operatorName: 'Réseau démo',
        kind: 'honour-loan',
        opensAt: '2026-01-01T00:00:00Z',
        closesAt: '2026-06-30T00:00:00Z',
        budgetCents: 1_000_000,
        eligibility: {},
      },
    });

    expect(await read('new')).not.toHaveProperty('deadlineReview');
  });
});
