import { Logger } from '@nestjs/common';

import { aProgramme } from '../../../test/factories/programme.factory';
import { InMemoryProgrammeStore } from '../../../test/fakes/in-memory-programme.store';
import { ReportDeadlineReviews } from './report-deadline-reviews.usecase';

const utcMidnight = (day: string) => new Date(`${day}T00:00:00.000Z`);

describe('ReportDeadlineReviews', () => {
  let store: InMemoryProgrammeStore;
  let warnings: jest.SpyInstance;

  beforeEach(async () => {
    store = new InMemoryProgrammeStore();
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    // Bare dates read as UTC, before deadlines were read in Paris time.
    await store.insert(
      aProgramme({ id: 'both', opensAt: utcMidnight('2026-01-01'), closesAt: utcMidnight('2026-06-30') }),
      [],
    );
    await store.insert(
      aProgramme({ id: 'closing', opensAt: new Date('2026-01-01T08:30:00Z'), closesAt: utcMidnight('2026-07-01') }),
      [],
    );
    // Paris days, and a UTC midnight an operator confirmed.
    await store.insert(
      aProgramme({
        id: 'paris',
        opensAt: new Date('2025-12-31T23:00:00.000Z'),
        closesAt: new Date('2026-06-30T21:59:59.999Z'),
      }),
      [],
    );
    await store.insert(
      aProgramme({
        id: 'confirmed',
        opensAt: utcMidnight('2026-01-01'),
        closesAt: utcMidnight('2026-08-01'),
        confirmedDeadlines: ['opensAt', 'closesAt'],
      }),
      [],
    );
  });

  afterEach(() => warnings.mockRestore());

  it('logs each programme with an unconfirmed deadline at exactly 00:00 UTC, and changes nothing', async () => {
    const before = structuredClone([...store.items.values()]);

    const found = await new ReportDeadlineReviews(store).execute();

    expect(found).toEqual([
      { programmeId: 'both', deadlines: ['opensAt', 'closesAt'] },
      { programmeId: 'closing', deadlines: ['closesAt'] },
    ]);
    expect(warnings.mock.calls).toEqual([
      [
        {
          programmeId: 'both',
          deadlines: ['opensAt', 'closesAt'],
          opensAt: '2026-01-01T00:00:00.000Z',
          closesAt: '2026-06-30T00:00:00.000Z',
        },
        expect.stringContaining('awaits an operator’s review'),
      ],
      [expect.objectContaining({ programmeId: 'closing', deadlines: ['closesAt'] }), expect.any(String)],
    ]);
    expect([...store.items.values()]).toEqual(before);
    expect(store.events).toEqual([]);
  });

  it('reads every page of programmes', async () => {
    for (let i = 0; i < 150; i++) {
      const day = new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10);
      await store.insert(
        aProgramme({ id: `old-${i}`, opensAt: utcMidnight('2026-01-01'), closesAt: utcMidnight(day) }),
        [],
      );
    }

    const found = await new ReportDeadlineReviews(store).execute();

    expect(found).toHaveLength(152);
  });
});
