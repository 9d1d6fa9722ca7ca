import { Injectable } from '@nestjs/common';
import type { Actor, ApplicationView } from '@pollen/contracts';
import { toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { findOwned } from '../../domain/visibility';
import { ApplicationChangedConcurrently } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';

export interface WithdrawApplicationCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  reason?: string;
}

/** The applicant withdraws; the organisation may then apply to the programme again. */
@Injectable()
export class WithdrawApplication {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: WithdrawApplicationCommand): Promise<ApplicationView> {
    const current = await findOwned(this.store, command.applicationId, command.actor);
    if (current.appliedRequestIds.includes(command.requestId)) return toView(current);
    assertAllowed(current.status, 'withdraw');

    const reason = command.reason?.trim() || 'Withdrawn by the applicant';
    const change = new ApplicationChange(current, command.requestId, new Date());
    change.moveTo('withdrawn', command.actor.id, reason);
    change.emit('application.withdrawn', { ...change.ref(), reason });
    if (!(await this.store.update(change.next, current.version, change.events))) {
      throw new ApplicationChangedConcurrently();
    }
    return toView(change.next);
  }
}
