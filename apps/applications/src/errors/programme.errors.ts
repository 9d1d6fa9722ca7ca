import { DomainException, fieldError, type Locale } from '@pollen/contracts';

export class ProgrammeNotFound extends DomainException {
  constructor(id: string) {
    super('programme.not-found', `No programme ${id}`);
  }
}

/** An application names a programme that does not exist (any more). */
export class UnknownProgramme extends DomainException {
  constructor(id: string) {
    super('programme.unknown', `No programme ${id}`, {
      errors: [fieldError('programmeId', 'unknownProgramme', 'programmeId names no programme')],
    });
  }
}

export class ProgrammeIdTaken extends DomainException {
  constructor() {
    super('programme.id-taken', 'This programme id is already taken');
  }
}

export class ProgrammeChangedConcurrently extends DomainException {
  constructor() {
    super('programme.changed-concurrently', 'The programme changed meanwhile; read it again');
  }
}

const NOT_OPEN = {
  fr: (at: string) => `L’appel ouvre le ${at} : la candidature ne peut pas encore être déposée.`,
  en: (at: string) => `The call opens on ${at}: the application cannot be submitted yet.`,
};
const CLOSED = {
  fr: (at: string) => `L’appel est clos depuis le ${at} : la candidature ne peut plus être déposée.`,
  en: (at: string) => `The call closed on ${at}: the application can no longer be submitted.`,
};

export class ProgrammeNotOpenYet extends DomainException {
  constructor(opensAt: Date, acceptedAt: Date, locale: Locale) {
    super('programme.not-open-yet', NOT_OPEN[locale](opensAt.toISOString()), {
      details: { reason: 'not-open-yet', opensAt: opensAt.toISOString(), acceptedAt: acceptedAt.toISOString() },
    });
  }
}

export class ProgrammeClosed extends DomainException {
  /** Without `locale`, the programme closed before the draft could even start. */
  constructor(closesAt: Date, accepted?: { at: Date; locale: Locale }) {
    super(
      'programme.closed',
      accepted ? CLOSED[accepted.locale](closesAt.toISOString()) : `The programme closed on ${closesAt.toISOString()}`,
      {
        details: {
          reason: 'closed',
          closesAt: closesAt.toISOString(),
          ...(accepted ? { acceptedAt: accepted.at.toISOString() } : {}),
        },
      },
    );
  }
}

export class BudgetExceeded extends DomainException {
  constructor(remainingCents: number) {
    super('programme.budget-exceeded', `The remaining budget (${remainingCents} cents) does not cover this amount`, {
      details: { remainingCents },
    });
  }
}

export class BudgetBelowCommitted extends DomainException {
  constructor(committedCents: number, heldCents: number) {
    super('programme.budget-below-committed', 'The budget cannot go below what is committed or held', {
      details: { committedCents, heldCents },
    });
  }
}
