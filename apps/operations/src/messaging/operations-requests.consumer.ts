import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import { GetDeadLetter, ListDeadLetters, ReplayDeadLetter } from '../usecases';

/** The gateway's requests about dead letters (operators only). */
@Controller()
export class OperationsRequestsConsumer extends RequestConsumer(Topics.operationsRequests) {
  constructor(
    private readonly listDeadLetters: ListDeadLetters,
    private readonly getDeadLetter: GetDeadLetter,
    private readonly replayDeadLetter: ReplayDeadLetter,
  ) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.operationsRequests.name> = {
    'operations.list-dead-letters': (r) => this.listDeadLetters.execute({ ...r.data, actor: r.actor }),
    'operations.get-dead-letter': (r) => this.getDeadLetter.execute({ deadLetterId: r.subject, actor: r.actor }),
    'operations.replay-dead-letter': (r) =>
      this.replayDeadLetter.execute({ deadLetterId: r.subject, requestId: r.id, actor: r.actor }),
  };
}
