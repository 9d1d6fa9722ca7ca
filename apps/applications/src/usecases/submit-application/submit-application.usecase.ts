import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { type Application, toView } from '../../domain/application';
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
    const application = await runCommand({
      store: this.store,
      load: () => findOwned(this.store, command.applicationId, command.actor),
      requestId: command.requestId,
      apply: (current) => this.submitted(current, command),
      concurrentChange: () => new ApplicationChangedConcurrently(),
    });
    return toView(application);
  }

  private async submitted(current: Application, command: SubmitApplicationCommand): Promise<ApplicationChange> {
    assertAllowed(current.status, 'submit');
    const missing = missingForSubmission(current);
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
    change.next.screening = { ...outcome, screenedAt: change.at };
    change.moveTo(
      outcome.result,
      'system',
      outcome.result === 'eligible'
        ? 'Meets every eligibility rule of the programme'
        : `Fails ${outcome.reasons.length} eligibility rule(s): ${outcome.reasons.map((r) => r.code).join(', ')}`,
    );
    change.emit('application.screened', { ...change.ref(), ...outcome });
    return change;
  }
}
