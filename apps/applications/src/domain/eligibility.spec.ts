import { aCompleteDraft, aProgramme } from '../../test/factories/programme.factory';
import { screen, type ScreeningInput } from './eligibility';

const now = new Date('2026-06-15T10:00:00Z');
const programme = aProgramme({}, now);
const eligible = (): ScreeningInput => structuredClone(aCompleteDraft(now));

type Case = [rule: string, code: string, change: (input: ScreeningInput) => void];

/** One row per way to fail each rule: the application is eligible but for that one change. */
const FAILURES: Case[] = [
  ['legal-form', 'legal-form-not-accepted', (i) => (i.organisation.legalForm = 'sas')],
  ['region', 'region-not-covered', (i) => (i.organisation.region = 'FR-BRE')],
  ['impact-areas', 'no-shared-impact-area', (i) => (i.project.impactAreas = ['culture', 'mobility'])],
  ['stage', 'stage-not-accepted', (i) => (i.project.stage = 'scale')],
  ['amount-range', 'amount-below-minimum', (i) => (i.request.amountCents = 999_999)],
  [
    'amount-range',
    'amount-above-maximum',
    (i) => ((i.request.amountCents = 15_000_001), (i.project.totalCostCents = 40_000_000)),
  ],
  ['instrument', 'instrument-mismatch', (i) => (i.request.instrument = 'loan')],
  ['esus', 'esus-required', (i) => (i.organisation.esus = { certified: false })],
  ['esus', 'esus-required', (i) => delete i.organisation.esus],
  ['esus', 'esus-expired', (i) => (i.organisation.esus = { certified: true, expiresOn: '2026-06-14' })],
  ['esus', 'esus-expired', (i) => (i.organisation.esus = { certified: true })],
  ['co-financing', 'share-of-cost-exceeded', (i) => (i.project.totalCostCents = 7_999_998)],
  ['co-financing', 'total-cost-missing', (i) => delete i.project.totalCostCents],
];

describe('eligibility screening', () => {
  it('finds an application that meets every rule eligible, and records the rules applied', () => {
    const outcome = screen(eligible(), programme, now);
    expect(outcome).toEqual({
      result: 'eligible',
      reasons: [],
      rulesApplied: { programmeVersion: 1, kind: 'grant', maxShareOfCost: 0.5, eligibility: programme.eligibility },
    });
  });

  it.each(FAILURES)('fails %s (%s) and says why in French and English', (rule, code, change) => {
    const input = eligible();
    change(input);
    const outcome = screen(input, programme, now);
    expect(outcome.result).toBe('ineligible');
    expect(outcome.reasons).toHaveLength(1);
    expect(outcome.reasons[0]).toMatchObject({ rule, code });
    expect(outcome.reasons[0]).toHaveProperty('expected');
    expect(outcome.reasons[0]).toHaveProperty('actual');
    expect(outcome.reasons[0].message.fr).toMatch(/\S/);
    expect(outcome.reasons[0].message.en).toMatch(/\S/);
    expect(outcome.reasons[0].message.fr).not.toBe(outcome.reasons[0].message.en);
  });

  it('reports every failed rule at once', () => {
    const input = eligible();
    input.organisation.legalForm = 'sas';
    input.organisation.region = 'FR-BRE';
    input.project.stage = 'scale';
    input.request.instrument = 'equity';
    input.organisation.esus = { certified: false };
    const outcome = screen(input, programme, now);
    expect(outcome.reasons.map((r) => r.rule)).toEqual(['legal-form', 'region', 'stage', 'instrument', 'esus']);
  });

  it('accepts the amount at exactly the share of cost, and an ESUS agrément expiring on the submission day', () => {
    const input = eligible();
    input.project.totalCostCents = 8_000_000;
    input.request.amountCents = 4_000_000;
    input.organisation.esus = { certified: true, expiresOn: '2026-06-15' };
    expect(screen(input, programme, now).result).toBe('eligible');
  });

  it('treats empty or missing rule lists as "any"', () => {
    const open = aProgramme(
      { maxShareOfCost: undefined, eligibility: { legalForms: [], regions: [], impactAreas: [], stages: [] } },
      now,
    );
    const input = eligible();
    input.organisation.legalForm = 'other';
    input.organisation.region = 'FR-976';
    input.project.impactAreas = ['culture'];
    input.project.stage = 'scale';
    input.request.amountCents = 1;
    expect(screen(input, open, now)).toMatchObject({ result: 'eligible', reasons: [] });
  });

  it('computes the co-financing cap in integers: exactly 70 % of 7 000 € is allowed', () => {
    const seventy = aProgramme({ maxShareOfCost: 0.7 }, now);
    const input = eligible();
    input.project.totalCostCents = 700_000;
    input.request.amountCents = 490_000;
    seventy.eligibility = { ...seventy.eligibility, minAmountCents: 0 };
    expect(screen(input, seventy, now).reasons).toEqual([]);
  });

  it('judges the ESUS expiry on the French calendar day of the submission', () => {
    const justAfterParisMidnight = new Date('2026-06-15T22:30:00Z'); // 16 June, 00:30 in Paris
    const input = eligible();
    input.organisation.esus = { certified: true, expiresOn: '2026-06-15' };
    expect(screen(input, programme, justAfterParisMidnight).reasons.map((r) => r.code)).toEqual(['esus-expired']);
  });
});
