import { Injectable } from '@nestjs/common';
import type { Actor, ApplicationView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

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
    const application = await runCommand({
      store: this.store,
      load: () => findOwned(this.store, command.applicationId, command.actor),
      requestId: command.requestId,
      apply: (current) => {
        assertAllowed(current.status, 'withdraw');
        const reason = command.reason?.trim() || 'Withdrawn by the applicant';
        const change = new ApplicationChange(current, command.requestId, new Date());
        change.moveTo('withdrawn', command.actor.id, reason);
        change.emit('application.withdrawn', { ...change.ref(), reason });
        return change;
      },
      concurrentChange: () => new ApplicationChangedConcurrently(),
    });
    return toView(application);
  }
}
