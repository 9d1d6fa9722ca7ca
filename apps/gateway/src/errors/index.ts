import { DomainException, ErrorCode, type Role } from '@pollen/contracts';

export class AccountEmailTaken extends DomainException {
  constructor() {
    super('account.email-taken', 'An account with this e-mail already exists');
  }
}

/** Another write kept winning the compare-and-set, however often the change was tried again. */
export class AccountChangedConcurrently extends DomainException {
  constructor() {
    super('account.changed-concurrently', 'The account changed meanwhile; try again');
  }
}

export class AccountGone extends DomainException {
  constructor() {
    super('account.gone', 'This account no longer exists');
  }
}

export class InvalidCredentials extends DomainException {
  constructor() {
    super('auth.invalid-credentials', 'E-mail or password is incorrect');
  }
}

export class SessionEnded extends DomainException {
  constructor() {
    super('auth.session-ended', 'This session has ended; sign in again');
  }
}

/** A request that uses, or asks for, the session cookie from an origin other than the gateway's or the portal's. */
export class OriginNotAllowed extends DomainException {
  constructor() {
    super('auth.origin-not-allowed', 'Browser sessions are used only from the portal’s origin');
  }
}

export class TokenRequired extends DomainException {
  constructor() {
    super('auth.token-required', 'A valid access token is required');
  }
}

export class RoleRequired extends DomainException {
  constructor(allowed: readonly Role[]) {
    super('auth.role-required', `This needs one of the roles: ${allowed.join(', ')}`);
  }
}

export class IfMatchRequired extends DomainException {
  constructor() {
    super('request.if-match-required', 'If-Match is required: send the ETag you read');
  }
}

/** An If-Match no version can match (not an entity tag). */
export class IfMatchUnusable extends DomainException {
  constructor() {
    super('application.version-mismatch', 'If-Match does not match the current version');
  }
}

/** An If-Match of weak tags only: If-Match compares strongly (RFC 9110 §13.1.1), so none can match. */
export class IfMatchWeak extends DomainException {
  constructor() {
    super(ErrorCode.PreconditionFailed, 'If-Match compares strongly: a weak entity tag (W/"…") never matches');
  }
}

export class IdempotencyKeyInvalid extends DomainException {
  constructor() {
    super('idempotency.key-invalid', 'Idempotency-Key must be 1 to 64 characters among A-Z, a-z, 0-9, "-" and "_"');
  }
}

/** Answers of /v1/auth/* carry credentials: they are never stored, so never replayed. */
export class IdempotencyNotSupported extends DomainException {
  constructor() {
    super('idempotency.not-supported', 'Idempotency-Key is not accepted on /v1/auth/*');
  }
}

export class IdempotencyInProgress extends DomainException {
  constructor() {
    super('idempotency.in-progress', 'A request with this Idempotency-Key is still in progress', {
      details: { retryAfterSeconds: 1 },
    });
  }
}

export class IdempotencyKeyReused extends DomainException {
  constructor() {
    super('idempotency.key-reused', 'This Idempotency-Key was used with another request body or route');
  }
}

export class RateLimited extends DomainException {
  constructor(retryAfterSeconds: number) {
    super('request.rate-limited', `Too many requests; retry in ${retryAfterSeconds} s`, {
      details: { retryAfterSeconds },
    });
  }
}
