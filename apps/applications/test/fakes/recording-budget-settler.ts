import { BudgetSettler } from '../../src/messaging/budget-settler';

/** Records what it was asked to settle; a test settles it with the real use case when it wants. */
export class RecordingBudgetSettler extends BudgetSettler {
  readonly asked: { programmeId: string; applicationId: string }[] = [];

  async settle(programmeId: string, applicationId: string): Promise<void> {
    this.asked.push({ programmeId, applicationId });
  }
}
