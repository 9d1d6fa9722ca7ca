import { ENGAGEMENT_DIMENSIONS, IMPACT_AREAS, INSTRUMENTS, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts';
import fc from 'fast-check';

import { anyMatchableApplication } from '../../../test/factories/matchable.arbitraries';
import { DEFAULT_WEIGHTS } from './criteria';
import { evaluate, score } from './evaluate';
import { GATES, passesGates } from './gates';
import type { MatchableApplication, MatchableThesis } from './matchable';
import { ThesisIndex } from './thesis-index';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
// Amounts cluster around ticket edges and bucket edges (powers of two) as well as anywhere.
const cents = fc.oneof(
  fc.integer({ min: 0, max: 100_000_000_00 }),
  fc.integer({ min: 0, max: 40 }).map((p) => 2 ** p),
  fc.constantFrom(0, 1_000_000, 1_000_001),
);

const thesis = (investorId: string): fc.Arbitrary<MatchableThesis> =>
  fc
    .record({
      instruments: subset(INSTRUMENTS),
      regions: subset(REGIONS),
      legalForms: subset(LEGAL_FORMS),
      stages: subset(STAGES),
      range: fc.tuple(cents, cents),
      esusRequired: fc.boolean(),
      impactAreas: subset(IMPACT_AREAS),
    })
    .map(({ range: [a, b], ...lists }) => ({
      investorId,
      thesis: {
        ...lists,
        ticketMinCents: Math.min(a, b),
        ticketMaxCents: Math.max(a, b),
        engagementDimensions: [...ENGAGEMENT_DIMENSIONS].slice(0, 1),
      },
      capacityPerMonth: 5,
      remainingThisMonth: 5,
    }));

const application = anyMatchableApplication({
  amountCents: cents,
  impactAreas: subset(IMPACT_AREAS),
  engagementDimensions: fc.constant([]),
  sdgs: fc.constant([]),
});

/** Upserts (new investors and replaced theses) and removals, in any order. */
const operations = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 80 }).chain((n) => thesis(`investor-${n}`).map((t) => ({ upsert: t }))),
    fc.integer({ min: 0, max: 80 }).map((n) => ({ remove: `investor-${n}` })),
  ),
  { maxLength: 150 },
);

describe('ThesisIndex', () => {
  it('returns exactly the theses a naive scan of the gates returns, after any upserts and removals', () => {
    fc.assert(
      fc.property(operations, fc.array(application, { minLength: 1, maxLength: 5 }), (ops, applications) => {
        const index = new ThesisIndex(32); // small, so that the bitsets grow during the run
        const theses = new Map<string, MatchableThesis>();
        for (const op of ops) {
          if ('upsert' in op) {
            index.upsert(op.upsert);
            theses.set(op.upsert.investorId, op.upsert);
          } else {
            index.remove(op.remove);
            theses.delete(op.remove);
          }
        }
        expect(index.size).toBe(theses.size);
        for (const app of applications) {
          const naive = [...theses.values()].filter((t) => passesGates(app, t.thesis)).map((t) => t.investorId);
          const indexed = index.candidates(app).map((t) => t.investorId);
          expect(indexed.sort()).toEqual(naive.sort());
          // And each gate alone refuses exactly the theses that gate refuses, one by one.
          const refused = Object.fromEntries(
            GATES.map((gate) => [
              gate.criterion,
              [...theses.values()].filter((t) => !gate.passes(app, t.thesis)).length,
            ]),
          );
          expect(index.gateFailures(app)).toEqual(refused);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the thesis it holds for an investor, and forgets it once removed', () => {
    const index = new ThesisIndex();
    fc.assert(
      fc.property(thesis('investor-1'), (candidate) => {
        index.upsert(candidate);
        expect(index.get('investor-1')).toBe(candidate);
        index.remove('investor-1');
        expect(index.get('investor-1')).toBeUndefined();
        expect(index.size).toBe(0);
      }),
    );
  });

  it('scores every thesis through the gates as the full explanation does', () => {
    const policy = { weights: DEFAULT_WEIGHTS, threshold: 60 };
    fc.assert(
      fc.property(thesis('investor-1'), application, (candidate, app) => {
        const evaluation = evaluate(app, candidate, policy);
        if (evaluation.passesGates) expect(score(app, candidate, policy)).toBe(evaluation.score);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what it indexed from changing behind its back, and replaces a thesis on upsert', () => {
    const index = new ThesisIndex(0); // taken as 32
    const candidate: MatchableThesis = {
      investorId: 'investor-1',
      thesis: { regions: ['FR-BRE'], ticketMinCents: 100, ticketMaxCents: 1_000_000, esusRequired: false },
      capacityPerMonth: 1,
      remainingThisMonth: 1,
    };
    index.upsert(candidate);
    expect(() => (candidate.thesis.regions as string[]).push('FR-IDF')).toThrow(TypeError);
    expect(() => Object.assign(candidate.thesis, { regions: ['FR-IDF'] })).toThrow(TypeError);
    index.upsert({ ...candidate, thesis: { ...candidate.thesis, regions: ['FR-IDF'] } });
    const breton: MatchableApplication = {
      applicationId: 'app',
      instrument: 'loan',
      region: 'FR-BRE',
      legalForm: 'scop',
      amountCents: 500,
      esus: false,
      impactAreas: [],
      engagementDimensions: [],
      sdgs: [],
    };
    expect(index.candidates(breton)).toEqual([]);
    expect(index.candidates({ ...breton, region: 'FR-IDF' }).map((t) => t.investorId)).toEqual(['investor-1']);
    expect(index.candidates({ ...breton, region: 'FR-IDF', amountCents: 0.5 })).toEqual([]);
  });
});
