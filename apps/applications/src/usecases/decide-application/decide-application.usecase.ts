import { Injectable } from '@nestjs/common';
import type { Actor, ApplicationView, Decision } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { assertOperator } from '../../domain/roles';
import { findVisible } from '../../domain/visibility';
import { ApplicationChangedConcurrently } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';

export interface DecideApplicationCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  decision: Decision;
  reason: string;
}

/** The committee's decision, recorded by an operator with its written reason. */
@Injectable()
export class DecideApplication {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: DecideApplicationCommand): Promise<ApplicationView> {
    assertOperator(command.actor);
    const application = await runCommand({
      store: this.store,
      load: () => findVisible(this.store, command.applicationId, command.actor),
      requestId: command.requestId,
      apply: (current) => {
        assertAllowed(current.status, 'decide');
        const reason = command.reason.trim();
        const change = new ApplicationChange(current, command.requestId, new Date());
        change.moveTo(command.decision, command.actor.id, reason);
        change.emit('application.decided', {
          ...change.ref(),
          decision: command.decision,
          reason,
          by: command.actor.id,
        });
        return change;
      },
      concurrentChange: () => new ApplicationChangedConcurrently(),
    });
    return toView(application);
  }
}
