import { type CreateProgrammeDto, ErrorCode } from '@pollen/contracts';

import { InMemoryProgrammeStore } from '../../../test/fakes/in-memory-programme.store';
import { alice, operator } from '../../../test/fakes/journey';
import { UpdateProgramme } from '../update-programme/update-programme.usecase';
import { CreateProgramme } from './create-programme.usecase';

const aProgrammeBody = (): CreateProgrammeDto => ({
  title: 'Prêt d’honneur solidaire',
  description: 'Prêt à taux zéro pour les fondateurs',
  operatorName: 'Réseau démo',
  kind: 'honour-loan',
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-12-31T00:00:00.000Z',
  budgetCents: 40_000_000,
  eligibility: { stages: ['idea', 'seed'], minAmountCents: 200_000, maxAmountCents: 1_500_000 },
});

describe('CreateProgramme and UpdateProgramme', () => {
  let store: InMemoryProgrammeStore;

  beforeEach(() => (store = new InMemoryProgrammeStore()));

  it('creates a programme for an operator and announces programme.created', async () => {
    const view = await new CreateProgramme(store).execute({
      programmeId: 'p1',
      requestId: 'create-1',
      actor: operator,
      programme: aProgrammeBody(),
    });
    expect(view).toMatchObject({
      id: 'p1',
      kind: 'honour-loan',
      version: 1,
      eligibility: { stages: ['idea', 'seed'] },
    });
    expect(store.events).toEqual([
      expect.objectContaining({ type: 'programme.created', subject: 'p1', aggregateVersion: 1 }),
    ]);
  });

  it('refuses applicants (403) and inconsistent dates or amounts (400, each listed)', async () => {
    const sut = new CreateProgramme(store);
    await expect(
      sut.execute({ programmeId: 'p1', requestId: 'create-1', actor: alice, programme: aProgrammeBody() }),
    ).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    const body = {
      ...aProgrammeBody(),
      closesAt: '2025-12-31T00:00:00.000Z',
      eligibility: { minAmountCents: 10, maxAmountCents: 5 },
    };
    await expect(
      sut.execute({ programmeId: 'p1', requestId: 'create-1', actor: operator, programme: body }),
    ).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: {
        errors: [
          expect.objectContaining({ field: 'closesAt' }),
          expect.objectContaining({ field: 'eligibility.maxAmountCents' }),
        ],
      },
    });
  });

  it('applies a merge patch, validated as a whole, and removes a field set to null', async () => {
    await new CreateProgramme(store).execute({
      programmeId: 'p1',
      requestId: 'create-1',
      actor: operator,
      programme: { ...aProgrammeBody(), maxShareOfCost: 0.5 },
    });
    const sut = new UpdateProgramme(store);

    const view = await sut.execute({
      programmeId: 'p1',
      requestId: 'r-0',
      actor: operator,
      patch: { title: 'Nouveau titre', maxShareOfCost: null, eligibility: { regions: ['FR-BRE'] } },
    });

    expect(view).toMatchObject({
      title: 'Nouveau titre',
      version: 2,
      eligibility: { regions: ['FR-BRE'], stages: ['idea', 'seed'] },
    });
    expect(view).not.toHaveProperty('maxShareOfCost');
    expect(store.events.at(-1)).toMatchObject({ type: 'programme.updated', aggregateVersion: 2 });
    await expect(
      sut.execute({ programmeId: 'p1', requestId: 'r-1', actor: operator, patch: { kind: 'lottery', $where: 1 } }),
    ).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: {
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'kind' }),
          expect.objectContaining({ field: '$where', code: 'unknownField' }),
        ]),
      },
    });
    await expect(
      sut.execute({ programmeId: 'nope', requestId: 'r-2', actor: operator, patch: {} }),
    ).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });

  it('applies a redelivered change once', async () => {
    await new CreateProgramme(store).execute({
      programmeId: 'p1',
      requestId: 'create-1',
      actor: operator,
      programme: aProgrammeBody(),
    });
    const sut = new UpdateProgramme(store);
    const command = { programmeId: 'p1', requestId: 'same', actor: operator, patch: { budgetCents: 50_000_000 } };
    const first = await sut.execute(command);
    const again = await sut.execute(command);
    expect(again).toEqual(first);
    expect(store.events.filter((e) => e.type === 'programme.updated')).toHaveLength(1);
  });
});
