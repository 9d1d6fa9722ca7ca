import { type ApplicationStatus, DomainException, ErrorCode } from '@pollen/contracts';

/** What can happen to an application. `screen` is the automatic eligibility check after submission. */
export type ApplicationAction = 'edit' | 'submit' | 'screen' | 'withdraw' | 'start-discussion' | 'decide';

/**
 * The state machine (docs/architecture.md, "Application"): which action is allowed in which status.
 * ineligible, funded, declined and withdrawn are final.
 */
const ALLOWED: Record<ApplicationStatus, readonly ApplicationAction[]> = {
  draft: ['edit', 'submit', 'withdraw'],
  submitted: ['screen', 'withdraw'],
  eligible: ['withdraw', 'start-discussion', 'decide'],
  ineligible: [],
  'in-discussion': ['withdraw', 'decide'],
  funded: [],
  declined: [],
  withdrawn: [],
};

export const isAllowed = (status: ApplicationStatus, action: ApplicationAction): boolean =>
  ALLOWED[status].includes(action);

export function assertAllowed(status: ApplicationStatus, action: ApplicationAction): void {
  if (!isAllowed(status, action)) {
    throw new DomainException(ErrorCode.Conflict, `An application that is ${status} cannot ${describe(action)}`, {
      details: { currentStatus: status, action },
    });
  }
}

const describe = (action: ApplicationAction): string =>
  ({
    edit: 'be edited',
    submit: 'be submitted',
    screen: 'be screened',
    withdraw: 'be withdrawn',
    'start-discussion': 'enter discussion',
    decide: 'receive a decision',
  })[action];

/** Statuses in which an application counts as active (one per account, programme and SIREN). */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'eligible', 'in-discussion'];
