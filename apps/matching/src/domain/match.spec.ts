import { MATCH_ACTIONS, MATCH_STATUSES, type MatchAction, type MatchStatus } from '@pollen/contracts';

import { isOpen, matchIdOf, matchStatusAfter } from './match';

describe('a match', () => {
  // Every status × action: where it leads, or "-" when the rules refuse it.
  const table: Record<MatchStatus, Record<MatchAction, MatchStatus | '-'>> = {
    proposed: { 'express-interest': 'interested', pass: 'passed', decline: '-', introduce: '-', retract: 'retracted' },
    interested: {
      'express-interest': '-',
      pass: 'passed',
      decline: 'declined',
      introduce: 'introduced',
      retract: 'retracted',
    },
    passed: { 'express-interest': '-', pass: '-', decline: '-', introduce: '-', retract: '-' },
    declined: { 'express-interest': '-', pass: '-', decline: '-', introduce: '-', retract: '-' },
    introduced: { 'express-interest': '-', pass: '-', decline: '-', introduce: '-', retract: '-' },
    retracted: { 'express-interest': '-', pass: '-', decline: '-', introduce: '-', retract: '-' },
  };

  it.each(MATCH_STATUSES.flatMap((status) => MATCH_ACTIONS.map((action) => [status, action] as const)))(
    'from %s, %s leads where the table says',
    (status, action) => {
      const expected = table[status][action];
      expect(matchStatusAfter(status, action)).toBe(expected === '-' ? undefined : expected);
    },
  );

  it('is open while proposed or interested, and final after', () => {
    expect(MATCH_STATUSES.filter(isOpen)).toEqual(['proposed', 'interested']);
  });

  it('has the same id for the same pair and generation, and a new one for the next generation', () => {
    const first = matchIdOf('app-1', 'investor-1', 1);
    expect(matchIdOf('app-1', 'investor-1', 1)).toBe(first);
    expect(matchIdOf('app-1', 'investor-1', 2)).not.toBe(first);
    expect(matchIdOf('app-1', 'investor-2', 1)).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
