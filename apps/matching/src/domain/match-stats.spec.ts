import { aMatch } from '../../test/factories/match.factory';
import { matchingStats } from './match-stats';

describe('matching stats', () => {
  const proposedAt = new Date('2026-11-02T10:00:00Z');
  const hoursLater = (hours: number) => new Date(proposedAt.getTime() + hours * 3_600_000);
  const matches = [
    aMatch({ programmeId: 'p-1', applicationId: 'a-1', proposedAt }),
    aMatch({
      programmeId: 'p-1',
      applicationId: 'a-2',
      proposedAt,
      status: 'interested',
      interest: { message: 'Oui', at: hoursLater(2) },
    }),
    // Interested after 4 h, passed later: the first answer is the interest.
    aMatch({
      programmeId: 'p-2',
      applicationId: 'a-3',
      proposedAt,
      status: 'passed',
      interest: { message: 'Peut-être', at: hoursLater(4) },
      pass: { reason: 'ticket-size', at: hoursLater(30) },
    }),
    aMatch({
      programmeId: 'p-2',
      applicationId: 'a-4',
      proposedAt,
      status: 'passed',
      pass: { reason: 'stage', at: hoursLater(9) },
    }),
    aMatch({ programmeId: 'p-2', applicationId: 'a-5', proposedAt, status: 'retracted' }),
  ];

  it('counts matches by status and passes by reason, overall and per programme', () => {
    const stats = matchingStats(matches);

    expect(stats.overall).toEqual({
      matches: 5,
      byStatus: { proposed: 1, interested: 1, passed: 2, declined: 0, introduced: 0, retracted: 1 },
      passReasons: { 'out-of-thesis': 0, 'ticket-size': 1, stage: 1, impact: 0, capacity: 0, other: 0 },
      // First answers after 2, 4 and 9 hours.
      medianHoursToFirstResponse: 4,
    });
    expect(stats.programmes.map((p) => [p.programmeId, p.matches, p.medianHoursToFirstResponse])).toEqual([
      ['p-1', 2, 2],
      ['p-2', 3, 6.5],
    ]);
  });

  it('has no median before any answer, and nothing at all without matches', () => {
    expect(matchingStats([aMatch()]).overall.medianHoursToFirstResponse).toBeNull();
    expect(matchingStats([])).toEqual({
      overall: expect.objectContaining({ matches: 0, medianHoursToFirstResponse: null }),
      programmes: [],
    });
  });
});
