import type { Actor } from '@pollen/contracts';

import { aProgramme } from '../../../test/factories/programme.factory';
import { InMemoryProgrammeStore } from '../../../test/fakes/in-memory-programme.store';
import { ListProgrammes } from './list-programmes.usecase';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-06-15T10:00:00Z');
const anyone: Actor = { id: 'anonymous', roles: [] };
const operator: Actor = { id: 'ops', roles: ['operator'] };

describe('ListProgrammes', () => {
  let sut: ListProgrammes;

  beforeEach(async () => {
    const store = new InMemoryProgrammeStore();
    const at = (days: number) => new Date(now.getTime() + days * DAY);
    await store.insert(aProgramme({ id: 'idf-grant', closesAt: at(10) }, now), []);
    const hold = (applicationId: string, amountCents: number, state: 'held' | 'committed') => ({
      holdId: `hold-${applicationId}`,
      applicationId,
      amountCents,
      state,
      heldAt: now,
    });
    await store.insert(
      aProgramme(
        {
          id: 'anywhere-loan',
          kind: 'honour-loan',
          closesAt: at(20),
          eligibility: { regions: [], impactAreas: [] },
          holds: [hold('funded', 30_000_000, 'committed'), hold('deciding', 5_000_000, 'held')],
        },
        now,
      ),
      [],
    );
    await store.insert(aProgramme({ id: 'closed', opensAt: at(-60), closesAt: at(-1) }, now), []);
    await store.insert(aProgramme({ id: 'upcoming', opensAt: at(5), closesAt: at(30) }, now), []);
    sut = new ListProgrammes(store);
  });

  it('lists open programmes by default, soonest deadline first, with their status', async () => {
    const page = await sut.execute({ now, actor: anyone });
    expect(page.items.map((p) => [p.id, p.status])).toEqual([
      ['idf-grant', 'open'],
      ['anywhere-loan', 'open'],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('lists every programme on request, page by page', async () => {
    const first = await sut.execute({ now, actor: anyone, status: 'all', limit: 2 });
    const second = await sut.execute({
      now,
      actor: anyone,
      status: 'all',
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual([
      'closed',
      'idf-grant',
      'anywhere-loan',
      'upcoming',
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by kind, region and impact area; an empty rule list matches any', async () => {
    expect((await sut.execute({ now, actor: anyone, kind: 'honour-loan' })).items.map((p) => p.id)).toEqual([
      'anywhere-loan',
    ]);
    expect((await sut.execute({ now, actor: anyone, region: 'FR-BRE' })).items.map((p) => p.id)).toEqual([
      'anywhere-loan',
    ]);
    expect(
      (await sut.execute({ now, actor: anyone, region: 'FR-IDF', impactArea: 'employment' })).items.map((p) => p.id),
    ).toEqual(['idf-grant', 'anywhere-loan']);
  });

  it('shows operators each programme’s budget as its own page does, and nobody else', async () => {
    const seen = (await sut.execute({ now, actor: operator })).items.find((p) => p.id === 'anywhere-loan');
    expect(seen).toMatchObject({ committedCents: 30_000_000, heldCents: 5_000_000, remainingCents: 65_000_000 });
    for (const programme of (await sut.execute({ now, actor: anyone })).items) {
      expect(programme).not.toHaveProperty('remainingCents');
    }
  });
});
