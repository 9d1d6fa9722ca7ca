import type { MatchExplanationEntry } from '@pollen/contracts';

import { CRITERIA, type MatchWeights } from './criteria';
import { gateLines } from './gates';
import type { MatchableApplication, MatchableThesis } from './matchable';
import { prepare, type PreparedApplication, type PreparedThesis, prepareThesis } from './prepared';

/** The weights and the score from which a match is proposed (config, docs/matching.md). */
export interface MatchPolicy {
  weights: MatchWeights;
  /** 0–100: a thesis through every gate is proposed from this score on. */
  threshold: number;
}

export interface Evaluation {
  /** Through every hard gate. */
  passesGates: boolean;
  /** 0–100, whole points; 0 when a gate fails. */
  score: number;
  /** Through the gates and at or above the threshold. */
  proposed: boolean;
  /** One line per gate, then, when they all pass, one per criterion. */
  explanation: MatchExplanationEntry[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

const scaled = new WeakMap<MatchWeights, number[]>();

/** Each criterion's points out of 100: the config's weights, scaled to add up to 100 (once per config). */
function scaledWeights(weights: MatchWeights): number[] {
  let points = scaled.get(weights);
  if (!points) {
    const total = CRITERIA.reduce((sum, c) => sum + weights[c.criterion], 0);
    points = CRITERIA.map((c) => (total > 0 ? (100 * weights[c.criterion]) / total : 0));
    scaled.set(weights, points);
  }
  return points;
}

/** The score alone, for a thesis already through the gates: what is read for every candidate. */
export function score(application: MatchableApplication, candidate: MatchableThesis, policy: MatchPolicy): number {
  return scorePrepared(prepare(application), prepareThesis(candidate), scaledWeights(policy.weights));
}

// One call site per criterion, in CRITERIA's order: each sees one function, which the engine can
// inline, where a loop over CRITERIA calls six from one site (this is the hot loop of matching).
const [impactAreas, engagementDimensions, sdgs, stageFit, ticketPosition, capacity] = CRITERIA.map((c) => c.fraction);

function scorePrepared(a: PreparedApplication, t: PreparedThesis, weights: readonly number[]): number {
  return Math.round(
    weights[0] * impactAreas(a, t) +
      weights[1] * engagementDimensions(a, t) +
      weights[2] * sdgs(a, t) +
      weights[3] * stageFit(a, t) +
      weights[4] * ticketPosition(a, t) +
      weights[5] * capacity(a, t),
  );
}

/** Scores one thesis for one application, and says why, line by line. Pure: same input, same answer. */
export function evaluate(
  application: MatchableApplication,
  candidate: MatchableThesis,
  policy: MatchPolicy,
): Evaluation {
  return evaluatePrepared(prepare(application), prepareThesis(candidate), policy);
}

function evaluatePrepared(prepared: PreparedApplication, thesis: PreparedThesis, policy: MatchPolicy): Evaluation {
  const gates = gateLines(prepared, thesis);
  if (!gates.every((line) => line.kind === 'gate' && line.passed)) {
    return { passesGates: false, score: 0, proposed: false, explanation: gates };
  }
  const weights = scaledWeights(policy.weights);
  let total = 0;
  const criteria: MatchExplanationEntry[] = CRITERIA.map(({ criterion, fraction, message }, i) => {
    const fit = fraction(prepared, thesis);
    total += weights[i] * fit;
    const weight = weights[i];
    return {
      criterion,
      kind: 'criterion',
      weight: oneDecimal(weight),
      contribution: oneDecimal(weight * fit),
      message: message(prepared, thesis, fit),
    };
  });
  const rounded = Math.round(total);
  return {
    passesGates: true,
    score: rounded,
    proposed: rounded >= policy.threshold,
    explanation: [...gates, ...criteria],
  };
}

/** A thesis proposed to an application, and why. */
export interface Proposal {
  candidate: MatchableThesis;
  evaluation: Evaluation;
}

/**
 * The candidates proposed to `application`, in their order: those `evaluate` proposes. The
 * application is read once, every candidate scored, and only those at or above the threshold
 * explained (and their gates checked: candidates from the index are through them already).
 */
export function proposals(
  application: MatchableApplication,
  candidates: readonly MatchableThesis[],
  policy: MatchPolicy,
): Proposal[] {
  return proposalsAmong(application, candidates.map(prepareThesis), policy);
}

/** `proposals` for theses already prepared: what the index hands over (`ThesisIndex.preparedCandidates`). */
export function proposalsAmong(
  application: MatchableApplication,
  candidates: readonly PreparedThesis[],
  policy: MatchPolicy,
): Proposal[] {
  const prepared = prepare(application);
  const weights = scaledWeights(policy.weights);
  const found: Proposal[] = [];
  for (const thesis of candidates) {
    if (scorePrepared(prepared, thesis, weights) < policy.threshold) continue;
    const evaluation = evaluatePrepared(prepared, thesis, policy);
    if (evaluation.proposed) found.push({ candidate: thesis.candidate, evaluation });
  }
  return found;
}
