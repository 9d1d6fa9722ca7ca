import { ENGAGEMENT_DIMENSIONS, IMPACT_AREAS, INSTRUMENTS, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts';
import fc from 'fast-check';

import { anyMatchableApplication } from '../../../test/factories/matchable.arbitraries';
import { aMatchableApplication, aMatchableThesis } from '../../../test/factories/matchable.factory';
import { DEFAULT_WEIGHTS } from './criteria';
import { evaluate, type MatchPolicy, proposals } from './evaluate';
import type { MatchableApplication, MatchableThesis } from './matchable';
import { ThesisIndex } from './thesis-index';

const policy: MatchPolicy = { weights: DEFAULT_WEIGHTS, threshold: 60 };

/** What `proposals` must answer: `evaluate` for each candidate, those proposed kept. */
const expected = (application: MatchableApplication, candidates: MatchableThesis[], at = policy) =>
  candidates
    .map((candidate) => ({ candidate, evaluation: evaluate(application, candidate, at) }))
    .filter(({ evaluation }) => evaluation.proposed);

/** As the index holds them: frozen, lists and all, so prepared once. */
function indexed(candidates: MatchableThesis[]): MatchableThesis[] {
  const index = new ThesisIndex();
  candidates.forEach((candidate, i) => index.upsert({ ...candidate, investorId: `investor-${i}` }));
  return candidates.map((_, i) => index.get(`investor-${i}`) as MatchableThesis);
}

describe('proposals', () => {
  const fits = aMatchableThesis(); // scores 70
  const weak = aMatchableThesis({ impactAreas: ['health'], engagementDimensions: ['ecology'], sdgs: [3] }); // 40
  const closed = aMatchableThesis({ regions: ['FR-BRE'] }); // fails a gate
  const duplicates = aMatchableApplication({ impactAreas: ['inclusion', 'inclusion'], sdgs: [8, 8, 99] });
  const stageless = aMatchableApplication({ stage: undefined });

  it.each([
    ['a thesis at the threshold or above is proposed', aMatchableApplication(), [fits], policy, 1],
    ['one below it is not', aMatchableApplication(), [weak], policy, 0],
    ['one failing a gate is not, whatever it would score', aMatchableApplication(), [closed], policy, 0],
    [
      'a gate failed is not proposed even at threshold 0',
      aMatchableApplication(),
      [closed],
      { ...policy, threshold: 0 },
      0,
    ],
    ['candidates keep their order', aMatchableApplication(), [fits, weak, closed, fits], policy, 2],
    ['values repeated or unknown count as evaluate counts them', duplicates, [fits, weak], policy, 1],
    [
      'an application without a stage',
      stageless,
      [fits, aMatchableThesis({ stages: [] })],
      { ...policy, threshold: 50 },
      1,
    ],
    ['no candidates', aMatchableApplication(), [], policy, 0],
  ])('%s', (_case, application, candidates, at, count) => {
    for (const theses of [candidates, indexed(candidates)]) {
      const found = proposals(application, theses, at);
      expect(found).toEqual(expected(application, theses, at));
      expect(found).toHaveLength(count);
      found.forEach(({ candidate }, i) => expect(candidate).toBe(expected(application, theses, at)[i].candidate));
    }
  });

  it('reads a thesis as it is now unless the index froze it', () => {
    const candidate = aMatchableThesis();
    expect(proposals(aMatchableApplication(), [candidate], policy)).toHaveLength(1);
    (candidate.thesis.regions as string[]).splice(0, 2, 'FR-BRE');
    expect(proposals(aMatchableApplication(), [candidate], policy)).toEqual([]);
  });

  const list = <T>(values: readonly T[]) =>
    fc.oneof(fc.constant(undefined), fc.subarray([...values]), fc.array(fc.constantFrom(...values), { maxLength: 4 }));
  const thesis: fc.Arbitrary<MatchableThesis> = fc
    .record({
      instruments: list(INSTRUMENTS),
      regions: list(REGIONS),
      legalForms: list(LEGAL_FORMS),
      stages: list(STAGES),
      range: fc.tuple(fc.integer({ min: 0, max: 6_000_000 }), fc.integer({ min: 0, max: 6_000_000 })),
      esusRequired: fc.boolean(),
      impactAreas: list(IMPACT_AREAS),
      engagementDimensions: list(ENGAGEMENT_DIMENSIONS),
      sdgs: fc.option(fc.array(fc.integer({ min: 0, max: 18 }), { maxLength: 4 }), { nil: undefined }),
      capacity: fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 6 })),
    })
    .map(({ range: [a, b], capacity: [capacityPerMonth, remainingThisMonth], ...lists }) => ({
      investorId: 'investor',
      thesis: { ...lists, ticketMinCents: Math.min(a, b), ticketMaxCents: Math.max(a, b) },
      capacityPerMonth,
      remainingThisMonth,
    }));
  const application = anyMatchableApplication({
    amountCents: fc.integer({ min: 0, max: 6_000_000 }),
    impactAreas: fc.array(fc.constantFrom(...IMPACT_AREAS), { maxLength: 4 }),
    engagementDimensions: fc.array(fc.constantFrom(...ENGAGEMENT_DIMENSIONS), { maxLength: 3 }),
    sdgs: fc.array(fc.integer({ min: 0, max: 18 }), { maxLength: 4 }),
  });

  it('answers what evaluate answers, for any candidates, indexed or not', () => {
    fc.assert(
      fc.property(
        application,
        fc.array(thesis, { maxLength: 12 }),
        fc.integer({ min: 0, max: 100 }),
        (app, theses, threshold) => {
          const at = { ...policy, threshold };
          expect(proposals(app, theses, at)).toEqual(expected(app, theses, at));
          const frozen = indexed(theses);
          expect(proposals(app, frozen, at)).toEqual(expected(app, frozen, at));
          // Frozen theses are read from their cached bits: the same evaluations as read afresh.
          expect(frozen.map((c) => evaluate(app, c, at))).toEqual(theses.map((c) => evaluate(app, c, at)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
