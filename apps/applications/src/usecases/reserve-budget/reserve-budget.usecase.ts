import { Injectable } from '@nestjs/common';
import { assertOperator, type BudgetHoldView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { ApplicationsConfig } from '../../config/applications.config';
import { assertAllowed } from '../../domain/application-status';
import {
  budgetChangedData,
  type BudgetHold,
  budgetOf,
  holdIdOf,
  holdOf,
  isExpired,
  toHoldView,
} from '../../domain/budget';
import { type Programme, ProgrammeChange } from '../../domain/programme';
import {
  AmountAboveRequest,
  ApplicationNotFound,
  BudgetExceeded,
  ProgrammeChangedConcurrently,
  ProgrammeNotFound,
} from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { ReserveBudgetCommand } from './reserve-budget.command';

/**
 * Holds part of a programme's budget for one application the committee funds, before the decision
 * is recorded. Runs on the programme's key, so holds of one programme are taken one at a time and
 * the sum never overshoots; one hold per application, so asking again returns it.
 */
@Injectable()
export class ReserveBudget {
  constructor(
    private readonly programmes: ProgrammeStore,
    private readonly applications: ApplicationStore,
    private readonly config: ApplicationsConfig,
  ) {}

  async execute(command: ReserveBudgetCommand): Promise<BudgetHoldView> {
    assertOperator(command.actor);
    const programme = await runCommand({
      store: this.programmes,
      load: async () => {
        const current = await this.programmes.findById(command.programmeId);
        if (!current) throw new ProgrammeNotFound(command.programmeId);
        return current;
      },
      requestId: command.requestId,
      apply: (current) => this.held(current, command),
      concurrentChange: () => new ProgrammeChangedConcurrently(),
    });
    const hold = holdOf(programme, command.applicationId);
    if (!hold) throw new Error(`no hold for ${command.applicationId} after reserving it`);
    return toHoldView(programme.id, hold);
  }

  private async held(current: Programme, command: ReserveBudgetCommand): Promise<ProgrammeChange> {
    const application = await this.applications.findById(command.applicationId);
    if (!application || application.programmeId !== current.id) throw new ApplicationNotFound(command.applicationId);
    const existing = holdOf(current, application.id);
    // An application that may be decided is complete: it names the amount it requests.
    const requestedCents = application.request.amountCents ?? 0;
    const amountCents = command.amountCents ?? requestedCents;
    const change = new ProgrammeChange(current, command.requestId, new Date());
    // Asked again (a retried decision): the same hold, while it is the same amount and still live.
    const live =
      existing?.state === 'held' &&
      existing.amountCents === amountCents &&
      !isExpired(existing, change.at, this.config.BUDGET_HOLD_LIFETIME_MS);
    if (existing?.state === 'committed' || live) return change;
    assertAllowed(application.status, 'decide');
    if (amountCents > requestedCents) throw new AmountAboveRequest(requestedCents);
    const { remainingCents } = budgetOf(current, application.id);
    if (amountCents > remainingCents) throw new BudgetExceeded(remainingCents);

    const hold: BudgetHold = {
      holdId: holdIdOf(current.id, application.id),
      applicationId: application.id,
      amountCents,
      state: 'held',
      heldAt: change.at,
    };
    change.next.holds = [...(current.holds ?? []).filter((other) => other.applicationId !== application.id), hold];
    change.next.updatedAt = change.at;
    change.emit('programme.budget-changed', (next) => budgetChangedData(next, hold));
    return change;
  }
}
