import {
  MATCH_STATUSES,
  type MatchingFiguresView,
  type MatchingStatsView,
  type MatchStatus,
  PASS_REASONS,
  type PassReason,
  type ProgrammeMatchingFiguresView,
} from '@pollen/contracts';

import type { Match } from './match';

/** What the figures read of a match. */
export type MatchFacts = Pick<Match, 'programmeId' | 'status' | 'proposedAt' | 'interest' | 'pass'>;

const HOUR = 60 * 60 * 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Matches by status, passes by reason, and the median hours from proposal to the investor's first answer. */
export function figuresOf(matches: readonly MatchFacts[]): MatchingFiguresView {
  const byStatus = Object.fromEntries(MATCH_STATUSES.map((status) => [status, 0])) as Record<MatchStatus, number>;
  const passReasons = Object.fromEntries(PASS_REASONS.map((reason) => [reason, 0])) as Record<PassReason, number>;
  const waits: number[] = [];
  for (const match of matches) {
    byStatus[match.status] += 1;
    if (match.pass) passReasons[match.pass.reason] += 1;
    // Interest comes first when there was any: a pass after it is not the first answer.
    const answeredAt = match.interest?.at ?? match.pass?.at;
    if (answeredAt) waits.push((answeredAt.getTime() - match.proposedAt.getTime()) / HOUR);
  }
  const hours = median(waits);
  return {
    matches: matches.length,
    byStatus,
    passReasons,
    medianHoursToFirstResponse: hours === null ? null : Math.round(hours * 10) / 10,
  };
}

/** The figures over every match, and per programme (by id). */
export function matchingStats(matches: readonly MatchFacts[]): MatchingStatsView {
  const byProgramme = new Map<string, MatchFacts[]>();
  for (const match of matches)
    byProgramme.set(match.programmeId, [...(byProgramme.get(match.programmeId) ?? []), match]);
  const programmes: ProgrammeMatchingFiguresView[] = [...byProgramme]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([programmeId, ofProgramme]) => ({ programmeId, ...figuresOf(ofProgramme) }));
  return { overall: figuresOf(matches), programmes };
}
