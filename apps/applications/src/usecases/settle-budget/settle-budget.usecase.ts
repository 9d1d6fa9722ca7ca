import { Injectable } from '@nestjs/common';
import type { BudgetHoldView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { ApplicationsConfig } from '../../config/applications.config';
import type { Application } from '../../domain/application';
import { budgetChangedData, type BudgetHold, holdIdOf, holdOf, isExpired, toHoldView } from '../../domain/budget';
import { type Programme, ProgrammeChange } from '../../domain/programme';
import { ProgrammeChangedConcurrently, ProgrammeNotFound } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { SettleBudgetCommand } from './settle-budget.command';

/**
 * Brings one application's hold in line with its decision, on the programme's key (the budget's
 * one writer): committed once the decision names it, released once no decision confirmed it within
 * the hold lifetime, untouched otherwise. The decision is the truth: a decision whose hold was
 * released meanwhile gets it back, committed. Asking twice changes nothing more.
 */
@Injectable()
export class SettleBudget {
  constructor(
    private readonly programmes: ProgrammeStore,
    private readonly applications: ApplicationStore,
    private readonly config: ApplicationsConfig,
  ) {}

  async execute(command: SettleBudgetCommand): Promise<BudgetHoldView> {
    const load = async () => {
      const current = await this.programmes.findById(command.programmeId);
      if (!current) throw new ProgrammeNotFound(command.programmeId);
      return current;
    };
    const now = new Date();
    const [programme, application] = await Promise.all([load(), this.applications.findById(command.applicationId)]);
    let settled = this.settled(programme, application, now);
    let after = programme;
    if (settled) {
      after = await runCommand({
        store: this.programmes,
        load,
        requestId: command.requestId,
        apply: (current) => {
          const change = new ProgrammeChange(current, command.requestId, now);
          settled = this.settled(current, application, now);
          if (!settled) return change;
          const hold = settled;
          change.next.holds = [
            ...(current.holds ?? []).filter((other) => other.applicationId !== hold.applicationId),
            hold,
          ];
          change.next.updatedAt = now;
          change.emit('programme.budget-changed', (next) => budgetChangedData(next, hold));
          return change;
        },
        concurrentChange: () => new ProgrammeChangedConcurrently(),
      });
    }
    const hold = holdOf(after, command.applicationId);
    return toHoldView(after.id, hold ?? released(after.id, command.applicationId, now));
  }

  /** The hold as it should be now, or undefined when it already is. */
  private settled(programme: Programme, application: Application | null, now: Date): BudgetHold | undefined {
    const holdId = holdIdOf(programme.id, application?.id ?? '');
    const hold = application ? holdOf(programme, application.id) : undefined;
    const funding = application?.status === 'funded' ? application.funding : undefined;
    if (application && funding?.fundedBy === 'programme' && funding.holdId === holdId) {
      if (hold?.state === 'committed') return undefined;
      return {
        holdId,
        applicationId: application.id,
        amountCents: funding.amountCents,
        state: 'committed',
        heldAt: hold?.heldAt ?? now,
      };
    }
    if (hold?.state === 'held' && isExpired(hold, now, this.config.BUDGET_HOLD_LIFETIME_MS)) {
      return { ...hold, state: 'released' };
    }
    return undefined;
  }
}

const released = (programmeId: string, applicationId: string, now: Date): BudgetHold => ({
  holdId: holdIdOf(programmeId, applicationId),
  applicationId,
  amountCents: 0,
  state: 'released',
  heldAt: now,
});
