import { Injectable } from '@nestjs/common';
import type { Actor, ApplicationView, Decision } from '@pollen/contracts';
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
    const current = await findVisible(this.store, command.applicationId, command.actor);
    if (current.appliedRequestIds.includes(command.requestId)) return toView(current);
    assertAllowed(current.status, 'decide');

    const change = new ApplicationChange(current, command.requestId, new Date());
    const reason = command.reason.trim();
    change.moveTo(command.decision, command.actor.id, reason);
    change.emit('application.decided', { ...change.ref(), decision: command.decision, reason, by: command.actor.id });
    if (!(await this.store.update(change.next, current.version, change.events))) {
      throw new ApplicationChangedConcurrently();
    }
    return toView(change.next);
  }
}
