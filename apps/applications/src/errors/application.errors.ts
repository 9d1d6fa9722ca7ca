import { type ApplicationStatus, DomainException, ErrorCode, type FieldError, fieldError } from '@pollen/contracts';

export class ApplicationNotFound extends DomainException {
  constructor(id: string) {
    super('application.not-found', `No application ${id}`);
  }
}

export class ApplicationIdTaken extends DomainException {
  constructor() {
    super('application.id-taken', 'This application id is already taken');
  }
}

export class DuplicateActiveApplication extends DomainException {
  constructor(existingApplicationId?: string) {
    super('application.duplicate-active', 'You already have an active application to this programme for this SIREN', {
      details: existingApplicationId ? { existingApplicationId } : {},
    });
  }
}

export class ApplicationVersionMismatch extends DomainException {
  constructor(currentVersion: number) {
    super('application.version-mismatch', 'The application changed since you read it', {
      details: { currentVersion },
    });
  }
}

export class ApplicationChangedConcurrently extends DomainException {
  constructor() {
    super('application.changed-concurrently', 'The application changed meanwhile; read it again');
  }
}

export class ApplicationIncomplete extends DomainException {
  constructor(missing: FieldError[]) {
    super('application.incomplete', 'The application is incomplete', { errors: missing });
  }
}

export class InvestorsUseDealFlow extends DomainException {
  constructor() {
    super('application.investors-use-deal-flow', 'Investors see applications through their deal-flow');
  }
}

export type TransitionReason =
  | 'application.not-draft'
  | 'application.not-submitted'
  | 'application.not-withdrawable'
  | 'application.not-eligible'
  | 'application.not-decidable'
  | 'application.consent-not-grantable';

/** An action the application's status does not allow. */
export class TransitionNotAllowed extends DomainException {
  constructor(reason: TransitionReason, status: ApplicationStatus, action: string, sentence: string) {
    super(reason, `An application that is ${status} cannot ${sentence}`, {
      details: { currentStatus: status, action },
    });
  }
}

/** Until the deal-flow journey introduces investors, nobody but the programme funds a decision. */
export class InvestorFundingUnavailable extends DomainException {
  constructor(matchId: string) {
    super('decision.investor-funding-unavailable', `No accepted introduction ${matchId} on this application`, {
      details: { matchId },
    });
  }
}

export class BudgetHoldRequired extends DomainException {
  constructor(why: string) {
    super('decision.budget-hold-required', `A decision the programme funds needs a live budget hold: ${why}`);
  }
}

/** Funding beyond what the application asks for. */
export class AmountAboveRequest extends DomainException {
  constructor(requestedCents: number) {
    super(ErrorCode.ValidationFailed, 'The amount granted exceeds the amount requested', {
      errors: [
        fieldError(
          'amountCents',
          'atMostRequested',
          `amountCents must not exceed the amount requested (${requestedCents})`,
        ),
      ],
    });
  }
}

/**
 * An application to erase still has events the relay has not published: deleting it would lose
 * them, so the erasure waits (an outage for the consumer: retried, never dead-lettered).
 */
export class ErasureAwaitsOutbox extends DomainException {
  constructor(count: number) {
    super(ErrorCode.Unavailable, `${count} application(s) to erase still have events to publish`);
  }
}
