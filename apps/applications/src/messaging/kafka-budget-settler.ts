import { Injectable } from '@nestjs/common';
import { RequestSender } from '@pollen/platform/kafka';

import { BudgetSettler } from './budget-settler';

/** Settles through `programmes.settle-budget`, keyed by the programme: its budget's one writer. */
@Injectable()
export class KafkaBudgetSettler extends BudgetSettler {
  constructor(private readonly requests: RequestSender) {
    super();
  }

  async settle(programmeId: string, applicationId: string): Promise<void> {
    await this.requests.send('programmes.settle-budget', {
      subject: programmeId,
      data: { applicationId },
    });
  }
}
