import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { RequestConsumer, type RequestHandlers } from '@pollen/platform/kafka';

import {
  ExportPersonalData,
  GetDeadLetter,
  GetErasure,
  GetStatus,
  GetTimeline,
  ListDeadLetters,
  ListErasures,
  ReplayDeadLetter,
} from '../usecases';

/** The gateway's requests about dead letters, erasures, the platform's status and timelines, and a person's export. */
@Controller()
export class OperationsRequestsConsumer extends RequestConsumer(Topics.operationsRequests) {
  constructor(
    private readonly listDeadLetters: ListDeadLetters,
    private readonly getDeadLetter: GetDeadLetter,
    private readonly replayDeadLetter: ReplayDeadLetter,
    private readonly getErasure: GetErasure,
    private readonly listErasures: ListErasures,
    private readonly exportPersonalData: ExportPersonalData,
    private readonly getStatus: GetStatus,
    private readonly getTimeline: GetTimeline,
  ) {
    super();
  }

  readonly handlers: RequestHandlers<typeof Topics.operationsRequests.name> = {
    'operations.list-dead-letters': (r) => this.listDeadLetters.execute({ ...r.data, actor: r.actor }),
    'operations.get-dead-letter': (r) => this.getDeadLetter.execute({ deadLetterId: r.subject, actor: r.actor }),
    'operations.replay-dead-letter': (r) =>
      this.replayDeadLetter.execute({ deadLetterId: r.subject, requestId: r.id, actor: r.actor }),
    // Public with a receipt (the account is gone): the receipt's hash is the only check.
    'operations.get-erasure': (r) => this.getErasure.execute({ erasureId: r.subject, receiptHash: r.data.receiptHash }),
    'operations.list-erasures': (r) => this.listErasures.execute({ ...r.data, actor: r.actor }),
    'operations.export-personal-data': (r) => this.exportPersonalData.execute({ actor: r.actor }),
    'operations.status': (r) => this.getStatus.execute({ actor: r.actor }),
    'operations.application-timeline': (r) =>
      this.getTimeline.execute({ ...r.data, applicationId: r.subject, actor: r.actor }),
  };
}
