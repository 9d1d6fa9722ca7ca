import {
  DomainException,
  ErrorCode,
  type InvestorStatus,
  type MatchAction,
  type MatchStatus,
  type VettingAction,
} from '@pollen/contracts';

export class InvestorNotFound extends DomainException {
  constructor(id: string) {
    super('investor.not-found', `No investor ${id}`);
  }
}

export class IllegalTransition extends DomainException {
  constructor(status: InvestorStatus, action: VettingAction) {
    super('investor.illegal-transition', `An investor ${status} cannot be ${action}d`, {
      details: { currentStatus: status, action },
    });
  }
}

export class InvestorVersionMismatch extends DomainException {
  constructor(current: number) {
    super('investor.version-mismatch', `The investor is at version ${current}`, {
      details: { currentVersion: current },
    });
  }
}

export class InvestorChangedConcurrently extends DomainException {
  constructor() {
    super('investor.changed-concurrently', 'The investor changed meanwhile; read it again');
  }
}

export class InvestorsOnly extends DomainException {
  constructor() {
    super('investor.investors-only', 'Only investors have an investor profile');
  }
}

/** Another trigger proposed the same pair's match first (same id): not an error for the caller. */
export class MatchAlreadyProposed extends Error {
  constructor(id: string) {
    super(`match ${id} was proposed already`);
  }
}

export class InvestorNotApproved extends DomainException {
  constructor(status: InvestorStatus) {
    super('investor.not-approved', `Deal-flow is for approved investors; this one is ${status}`, {
      details: { vettingStatus: status },
    });
  }
}

/** Not there, or not the asker's: an investor cannot tell another's match from none. */
export class MatchNotFound extends DomainException {
  constructor(id: string) {
    super('match.not-found', `No match ${id} among yours`);
  }
}

export class MatchIllegalTransition extends DomainException {
  constructor(status: MatchStatus, action: MatchAction) {
    super('match.illegal-transition', `A match ${status} cannot take ${action}`, {
      details: { currentStatus: status, action },
    });
  }
}

export class MatchChangedConcurrently extends DomainException {
  constructor() {
    super('match.changed-concurrently', 'The match changed meanwhile; read it again');
  }
}

/** Not there, or not the asker's: the same answer as the applications service gives. */
export class ApplicationNotFound extends DomainException {
  constructor(id: string) {
    super('application.not-found', `No application ${id}`);
  }
}

/** One side stopped qualifying: its retraction is on its way, and nobody is introduced meanwhile. */
export class MatchNoLongerQualifies extends DomainException {
  constructor(id: string) {
    super('match.no-longer-qualifies', `Match ${id}: the application or the investor no longer qualifies`);
  }
}

/** A projection stored before matching kept the SIREN and purpose cannot state an introduction. */
export class ApplicationOutdated extends DomainException {
  constructor(applicationId: string) {
    super('match.application-outdated', `Matching's copy of application ${applicationId} lacks its SIREN or purpose`);
  }
}

/**
 * The investor to erase still has events the relay has not published: deleting it would lose
 * them, so the erasure waits (an outage for the consumer: retried, never dead-lettered).
 */
export class ErasureAwaitsOutbox extends DomainException {
  constructor() {
    super(ErrorCode.Unavailable, 'the investor to erase still has events to publish');
  }
}
