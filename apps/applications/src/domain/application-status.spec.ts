import { APPLICATION_STATUSES, type ApplicationStatus, ErrorCode } from '@pollen/contracts';

import { type ApplicationAction, assertAllowed, isAllowed } from './application-status';

const ACTIONS: ApplicationAction[] = ['edit', 'submit', 'screen', 'withdraw', 'start-discussion', 'decide'];

/** Every status × action pair: the whole table, refusals included. */
const EXPECTED: Record<ApplicationStatus, ApplicationAction[]> = {
  draft: ['edit', 'submit', 'withdraw'],
  submitted: ['screen', 'withdraw'],
  eligible: ['withdraw', 'start-discussion', 'decide'],
  ineligible: [],
  'in-discussion': ['withdraw', 'start-discussion', 'decide'],
  funded: [],
  declined: [],
  withdrawn: [],
};

describe('application state machine', () => {
  const pairs = APPLICATION_STATUSES.flatMap((status) => ACTIONS.map((action) => [status, action] as const));

  it.each(pairs)('%s × %s', (status, action) => {
    const allowed = EXPECTED[status].includes(action);
    expect(isAllowed(status, action)).toBe(allowed);
    if (allowed) {
      expect(() => assertAllowed(status, action)).not.toThrow();
    } else {
      expect(() => assertAllowed(status, action)).toThrow(expect.objectContaining({ code: ErrorCode.Conflict }));
    }
  });
});
