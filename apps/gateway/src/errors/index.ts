import { DomainException, type Role } from '@pollen/contracts';

export class AccountEmailTaken extends DomainException {
  constructor() {
    super('account.email-taken', 'An account with this e-mail already exists');
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
