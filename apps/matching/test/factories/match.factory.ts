import { type Match, matchIdOf } from '../../src/domain/match';

/** A proposed match of app-1 to investor-1, first generation, on 1 March 2026; override what a test is about. */
export function aMatch(overrides: Partial<Match> = {}): Match {
  const proposedAt = new Date('2026-03-01T10:00:00Z');
  const pair = { applicationId: 'app-1', investorId: 'investor-1', generation: 1, ...overrides };
  return {
    id: matchIdOf(pair.applicationId, pair.investorId, pair.generation),
    version: 1,
    appliedRequestIds: [],
    programmeId: 'programme-1',
    status: 'proposed',
    score: 70,
    explanation: [],
    proposedAt,
    updatedAt: proposedAt,
    ...overrides,
    ...pair,
  };
}
