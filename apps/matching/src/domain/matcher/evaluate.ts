import type { MatchExplanationEntry } from '@pollen/contracts';

import { CRITERIA, type MatchWeights } from './criteria';
import { gateLines } from './gates';
import type { MatchableApplication, MatchableThesis } from './matchable';

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

/** Scores one thesis for one application, and says why, line by line. Pure: same input, same answer. */
export function evaluate(
  application: MatchableApplication,
  candidate: MatchableThesis,
  policy: MatchPolicy,
): Evaluation {
  const gates = gateLines(application, candidate.thesis);
  if (gates.some((line) => line.kind === 'gate' && !line.passed)) {
    return { passesGates: false, score: 0, proposed: false, explanation: gates };
  }
  const totalWeight = CRITERIA.reduce((sum, c) => sum + policy.weights[c.criterion], 0);
  let score = 0;
  const criteria: MatchExplanationEntry[] = CRITERIA.map(({ criterion, fit }) => {
    const { fraction, message } = fit(application, candidate);
    // Weights are scaled so that they add up to 100 whatever the config says.
    const weight = totalWeight > 0 ? (100 * policy.weights[criterion]) / totalWeight : 0;
    score += weight * fraction;
    return {
      criterion,
      kind: 'criterion',
      weight: oneDecimal(weight),
      contribution: oneDecimal(weight * fraction),
      message,
    };
  });
  const rounded = Math.round(score);
  return {
    passesGates: true,
    score: rounded,
    proposed: rounded >= policy.threshold,
    explanation: [...gates, ...criteria],
  };
}
