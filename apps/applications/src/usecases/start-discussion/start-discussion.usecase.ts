import { Injectable } from '@nestjs/common';

import { ApplicationChange } from '../../domain/application-change';
import { isAllowed } from '../../domain/application-status';
import { ApplicationChangedConcurrently, ApplicationNotFound } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';

export interface StartDiscussionCommand {
  applicationId: string;
  matchId: string;
  investorId: string;
  /** The applicant who accepted the introduction. */
  acceptedBy: string;
  /** The id of `match.introduced`, the cause of `application.discussion-started`. */
  eventId: string;
  at: Date;
}

/**
 * An introduction was accepted: the application is in discussion with that investor, said in its
 * history and by `application.discussion-started`, one per introduction. The history names the
 * match (so a redelivered event, however late, is recognised), not the investor, whose name may
 * be a business angel's own, which erasure must reach. An application withdrawn or decided meanwhile
 * stays as it is (superseded).
 */
@Injectable()
export class StartDiscussion {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: StartDiscussionCommand): Promise<'applied' | 'duplicate' | 'superseded'> {
    const current = await this.store.findById(command.applicationId);
    // Matching only introduces applications it learnt of from this service's events.
    if (!current) throw new ApplicationNotFound(command.applicationId);
    if (current.history.some((change) => change.matchId === command.matchId)) return 'duplicate';
    if (!isAllowed(current.status, 'start-discussion')) return 'superseded';
    const change = new ApplicationChange(current, command.eventId, command.at);
    change.moveTo('in-discussion', command.acceptedBy, 'Introduced to an investor', command.matchId);
    change.emit('application.discussion-started', {
      ...change.ref(),
      matchId: command.matchId,
      investorId: command.investorId,
    });
    // Lost the race with a request on the same application: the consumer retries from a fresh read.
    if (!(await this.store.update(change.next, current.version, change.events))) {
      throw new ApplicationChangedConcurrently();
    }
    return 'applied';
  }
}
