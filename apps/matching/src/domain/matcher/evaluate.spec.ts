import type { MatchExplanationEntry } from '@pollen/contracts';

import { aMatchableApplication, aMatchableThesis } from '../../../test/factories/matchable.factory';
import { DEFAULT_WEIGHTS } from './criteria';
import { evaluate, type MatchPolicy } from './evaluate';

const policy: MatchPolicy = { weights: DEFAULT_WEIGHTS, threshold: 60 };
const line = (explanation: MatchExplanationEntry[], criterion: string) =>
  explanation.find((entry) => entry.criterion === criterion) as MatchExplanationEntry;

describe('the hard gates', () => {
  it.each([
    ['instrument', { instruments: ['grant' as const] }, {}],
    ['region', { regions: ['FR-IDF' as const] }, {}],
    ['legal-form', { legalForms: ['scop' as const] }, {}],
    ['stage', { stages: ['growth' as const] }, {}],
    ['stage', { stages: ['seed' as const] }, { stage: undefined }],
    ['ticket-range', { ticketMinCents: 3_000_000 }, {}],
    ['ticket-range', { ticketMaxCents: 2_000_000 }, {}],
    ['esus', { esusRequired: true }, { esus: false }],
  ])('%s: fails, scores 0, is not proposed, and says which gate', (gate, thesis, application) => {
    const result = evaluate(aMatchableApplication(application), aMatchableThesis(thesis), policy);
    expect(result).toMatchObject({ passesGates: false, score: 0, proposed: false });
    expect(line(result.explanation, gate)).toMatchObject({ kind: 'gate', passed: false });
    expect(result.explanation.every((entry) => entry.kind === 'gate')).toBe(true);
  });

  it.each([
    ['instrument', { instruments: [] }],
    ['region', { regions: undefined }],
    ['legal-form', { legalForms: [] }],
    ['stage', { stages: [] }],
    ['esus', { esusRequired: false }],
  ])('%s: an empty list or no requirement lets every application through', (gate, thesis) => {
    const result = evaluate(
      aMatchableApplication({ esus: false }),
      aMatchableThesis({ ...thesis, esusRequired: false }),
      policy,
    );
    expect(line(result.explanation, gate)).toMatchObject({ kind: 'gate', passed: true });
  });

  it('takes both ends of the ticket', () => {
    for (const amountCents of [1_000_000, 4_000_000]) {
      expect(evaluate(aMatchableApplication({ amountCents }), aMatchableThesis(), policy).passesGates).toBe(true);
    }
  });

  it('says it as an operator would, in French and in English', () => {
    const { explanation } = evaluate(aMatchableApplication(), aMatchableThesis(), policy);
    expect(line(explanation, 'region').message).toEqual({
      fr: 'La région Hauts-de-France fait partie des régions ciblées',
      en: 'Hauts-de-France is one of the regions targeted',
    });
    expect(line(explanation, 'ticket-range').message).toEqual({
      fr: 'Le montant demandé (25\u202f000 €) est dans le ticket (10\u202f000 € à 40\u202f000 €)',
      en: 'The amount requested (€25,000) is within the ticket (€10,000 to €40,000)',
    });
  });
});

describe('the weighted criteria', () => {
  const contribution = (criterion: string, thesis = {}, application = {}, overrides = {}) =>
    (
      line(
        evaluate(aMatchableApplication(application), aMatchableThesis(thesis, overrides), policy).explanation,
        criterion,
      ) as Extract<MatchExplanationEntry, { kind: 'criterion' }>
    ).contribution;

  it.each([
    // criterion, thesis, application, thesis overrides, points out of its weight
    ['impact-areas', { impactAreas: ['inclusion', 'employment'] }, {}, {}, 30],
    ['impact-areas', { impactAreas: ['inclusion'] }, {}, {}, 15],
    ['impact-areas', { impactAreas: ['health'] }, {}, {}, 0],
    ['impact-areas', { impactAreas: [] }, {}, {}, 15],
    ['impact-areas', { impactAreas: ['inclusion'] }, { impactAreas: [] }, {}, 0],
    ['engagement-dimensions', { engagementDimensions: ['job-creation', 'social-link'] }, {}, {}, 15],
    ['engagement-dimensions', { engagementDimensions: ['job-creation'] }, {}, {}, 7.5],
    ['sdgs', { sdgs: [8, 10, 12] }, {}, {}, 15],
    ['sdgs', { sdgs: [3] }, {}, {}, 0],
    ['stage-fit', { stages: ['seed'] }, {}, {}, 10],
    ['stage-fit', { stages: [] }, {}, {}, 5],
    ['ticket-position', { ticketMinCents: 1_000_000, ticketMaxCents: 4_000_000 }, {}, {}, 20],
    ['ticket-position', {}, { amountCents: 1_000_000 }, {}, 10],
    ['ticket-position', { ticketMinCents: 2_500_000, ticketMaxCents: 2_500_000 }, {}, {}, 20],
    ['capacity', {}, {}, { capacityPerMonth: 10, remainingThisMonth: 5 }, 5],
    ['capacity', {}, {}, { capacityPerMonth: 10, remainingThisMonth: 0 }, 0],
    ['capacity', {}, {}, { capacityPerMonth: 0, remainingThisMonth: 0 }, 0],
  ])('%s: %j with %j (%j) brings %d points', (criterion, thesis, application, overrides, points) => {
    expect(contribution(criterion, thesis, application, overrides)).toBe(points);
  });

  it('adds the contributions up to the score and proposes from the threshold on', () => {
    const result = evaluate(aMatchableApplication(), aMatchableThesis(), policy);
    const criteria = result.explanation.filter((entry) => entry.kind === 'criterion');
    expect(criteria).toHaveLength(6);
    // 15 (1 of 2 areas) + 7.5 (1 of 2 dimensions) + 7.5 (1 of 2 goals) + 10 + 20 + 10
    expect(result.score).toBe(70);
    expect(result.proposed).toBe(true);
    expect(evaluate(aMatchableApplication(), aMatchableThesis(), { ...policy, threshold: 71 }).proposed).toBe(false);
  });

  it('scales the weights of the config to 100, whatever they add up to', () => {
    const doubled = Object.fromEntries(
      Object.entries(DEFAULT_WEIGHTS).map(([k, w]) => [k, 2 * w]),
    ) as typeof DEFAULT_WEIGHTS;
    const result = evaluate(aMatchableApplication(), aMatchableThesis(), { weights: doubled, threshold: 60 });
    expect(result.score).toBe(70);
  });
});
