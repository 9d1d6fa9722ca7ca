import type { MatchStatus, PassReason } from './codes';

/** Matches by status (one field per code of MATCH_STATUSES: the compiler checks it). */
export class MatchStatusCountsView implements Record<MatchStatus, number> {
  proposed: number;
  interested: number;
  passed: number;
  declined: number;
  introduced: number;
  retracted: number;
}

/** Passes by the reason investors gave (one field per code of PASS_REASONS). */
export class PassReasonCountsView implements Record<PassReason, number> {
  'out-of-thesis': number;
  'ticket-size': number;
  stage: number;
  impact: number;
  capacity: number;
  other: number;
}

/** Matching's figures over a set of matches. */
export class MatchingFiguresView {
  matches: number;
  byStatus: MatchStatusCountsView;
  passReasons: PassReasonCountsView;
  /** From a match's proposal to the investor's first answer (interest or pass); null before any. */
  medianHoursToFirstResponse: number | null;
}

export class ProgrammeMatchingFiguresView extends MatchingFiguresView {
  programmeId: string;
}

/** `GET /v1/ops/matching/stats`: over every match, and per programme. */
export class MatchingStatsView {
  overall: MatchingFiguresView;
  programmes: ProgrammeMatchingFiguresView[];
}
