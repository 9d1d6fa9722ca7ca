import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@pollen/contracts';
import { toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { missingForSubmission } from '../../domain/completeness';
import { screen } from '../../domain/eligibility';
import { findOwned } from '../../domain/visibility';
import {
  ApplicationChangedConcurrently,
  ApplicationIncomplete,
  ProgrammeClosed,
  ProgrammeNotOpenYet,
  UnknownProgramme,
} from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { SubmitApplicationCommand } from './submit-application.command';

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
    if (missing.length > 0) throw new ApplicationIncomplete(missing);
    const programme = await this.programmes.findById(current.programmeId);
    if (!programme) throw new UnknownProgramme(current.programmeId);
    if (command.acceptedAt < programme.opensAt) {
      throw new ProgrammeNotOpenYet(programme.opensAt, command.acceptedAt, command.locale);
    }
    if (command.acceptedAt >= programme.closesAt) {
      throw new ProgrammeClosed(programme.closesAt, { at: command.acceptedAt, locale: command.locale });
    }

    const change = new ApplicationChange(current, command.requestId, new Date());
    change.next.submittedAt = command.acceptedAt;
    change.moveTo('submitted', command.actor.id, 'Submitted by the applicant');
    change.emit('application.submitted', { ...change.content(), submittedAt: command.acceptedAt.toISOString() });

    const outcome = screen(current, programme, command.acceptedAt);
    change.next.screening = { ...outcome, screenedAt: change.next.updatedAt };
    change.moveTo(
      outcome.result,
      'system',
      outcome.result === 'eligible'
        ? 'Meets every eligibility rule of the programme'
        : `Fails ${outcome.reasons.length} eligibility rule(s): ${outcome.reasons.map((r) => r.code).join(', ')}`,
    );
    change.emit('application.screened', { ...change.ref(), ...outcome });

    if (!(await this.store.update(change.next, current.version, change.events))) {
      throw new ApplicationChangedConcurrently();
    }
    return toView(change.next);
  }
}
