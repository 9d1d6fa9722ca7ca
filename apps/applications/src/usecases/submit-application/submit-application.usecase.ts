import { Injectable } from '@nestjs/common';
import { ApplicationEventTypes, type ApplicationView, DomainException, ErrorCode } from '@pollen/contracts';
import { toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { missingForSubmission } from '../../domain/completeness';
import { screen } from '../../domain/eligibility';
import { concurrentChange, findOwned } from '../../domain/visibility';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { SubmitApplicationCommand } from './submit-application.command';

const CLOSED = {
  fr: (at: string) => `L’appel est clos depuis le ${at} : la candidature ne peut plus être déposée.`,
  en: (at: string) => `The call closed on ${at}: the application can no longer be submitted.`,
};
const NOT_OPEN = {
  fr: (at: string) => `L’appel ouvre le ${at} : la candidature ne peut pas encore être déposée.`,
  en: (at: string) => `The call opens on ${at}: the application cannot be submitted yet.`,
};

/** Submits a complete draft before the deadline, then screens it against the programme's rules at once. */
@Injectable()
export class SubmitApplication {
  constructor(
    private readonly store: ApplicationStore,
    private readonly programmes: ProgrammeStore,
  ) {}

  async execute(command: SubmitApplicationCommand): Promise<ApplicationView> {
    const current = await findOwned(this.store, command.applicationId, command.actor);
    if (current.appliedRequestIds.includes(command.requestId)) return toView(current);
    assertAllowed(current.status, 'submit');

    const missing = missingForSubmission(current, command.locale);
    if (missing.length > 0) {
      throw new DomainException(ErrorCode.Unprocessable, 'The application is incomplete', { errors: missing });
    }
    const programme = await this.programmes.findById(current.programmeId);
    if (!programme)
      throw new DomainException(ErrorCode.Unprocessable, `The programme ${current.programmeId} no longer exists`);
    if (command.acceptedAt < programme.opensAt) {
      throw new DomainException(ErrorCode.Unprocessable, NOT_OPEN[command.locale](programme.opensAt.toISOString()), {
        details: {
          reason: 'not-open-yet',
          opensAt: programme.opensAt.toISOString(),
          acceptedAt: command.acceptedAt.toISOString(),
        },
      });
    }
    if (command.acceptedAt >= programme.closesAt) {
      throw new DomainException(ErrorCode.Unprocessable, CLOSED[command.locale](programme.closesAt.toISOString()), {
        details: {
          reason: 'closed',
          closesAt: programme.closesAt.toISOString(),
          acceptedAt: command.acceptedAt.toISOString(),
        },
      });
    }

    const change = new ApplicationChange(current, command.requestId, new Date());
    change.next.submittedAt = command.acceptedAt;
    change.moveTo('submitted', command.actor.id, 'Submitted by the applicant');
    change.emit(ApplicationEventTypes.submitted, {
      ...change.content(),
      submittedAt: command.acceptedAt.toISOString(),
    });

    const outcome = screen(current, programme, command.acceptedAt);
    change.next.screening = { ...outcome, screenedAt: change.next.updatedAt };
    change.emit(ApplicationEventTypes.screened, {
      applicationId: current.id,
      ownerId: current.ownerId,
      programmeId: current.programmeId,
      ...outcome,
    });
    change.moveTo(
      outcome.result,
      'system',
      outcome.result === 'eligible'
        ? 'Meets every eligibility rule of the programme'
        : `Fails ${outcome.reasons.length} eligibility rule(s): ${outcome.reasons.map((r) => r.code).join(', ')}`,
    );

    if (!(await this.store.update(change.next, current.version, change.events))) throw concurrentChange();
    return toView(change.next);
  }
}
