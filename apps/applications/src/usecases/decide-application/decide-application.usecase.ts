import { Injectable, Logger } from '@nestjs/common';
import {
  type Actor,
  type ApplicationView,
  assertOperator,
  type DealTerm,
  type DealTermsDto,
  type Decision,
  DomainException,
  fieldError,
  type FundedBy,
  type Instrument,
  TERMS_OF_INSTRUMENT,
} from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { ApplicationsConfig } from '../../config/applications.config';
import { type Application, type Funding, toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { holdOf, isExpired } from '../../domain/budget';
import type { Programme } from '../../domain/programme';
import { findVisible } from '../../domain/visibility';
import {
  AmountAboveRequest,
  ApplicationChangedConcurrently,
  BudgetHoldRequired,
  InvestorFundingUnavailable,
  UnknownProgramme,
} from '../../errors';
import { BudgetSettler } from '../../messaging/budget-settler';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';

export interface DecideApplicationCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  decision: Decision;
  reason: string;
  /** Funded only: at most the amount requested, the amount of the hold. */
  amountCents?: number;
  /** Funded only; absent: the programme. */
  fundedBy?: FundedBy;
  matchId?: string;
  terms?: DealTermsDto;
  /** The programme's budget hold for this application (`programmes.reserve-budget`). */
  holdId?: string;
}

/**
 * The committee's decision, recorded by an operator with its written reason. Funding by the
 * programme spends a hold taken on its budget first: the decision names it, and the programme's
 * writer then commits it.
 */
@Injectable()
export class DecideApplication {
  private readonly logger = new Logger(DecideApplication.name);

  constructor(
    private readonly store: ApplicationStore,
    private readonly programmes: ProgrammeStore,
    private readonly config: ApplicationsConfig,
    private readonly settler: BudgetSettler,
  ) {}

  async execute(command: DecideApplicationCommand): Promise<ApplicationView> {
    assertOperator(command.actor);
    assertFundingFields(command);
    const application = await runCommand({
      store: this.store,
      load: () => findVisible(this.store, command.applicationId, command.actor),
      requestId: command.requestId,
      apply: async (current) => {
        assertAllowed(current.status, 'decide');
        const funding = command.decision === 'funded' ? await this.fundingOf(current, command) : undefined;
        const reason = command.reason.trim();
        const change = new ApplicationChange(current, command.requestId, new Date());
        change.moveTo(command.decision, command.actor.id, reason);
        if (funding) change.next.funding = funding;
        change.emit('application.decided', {
          ...change.ref(),
          decision: command.decision,
          reason,
          by: command.actor.id,
          ...(funding ? { amountCents: funding.amountCents, fundedBy: funding.fundedBy } : {}),
          ...(funding?.matchId ? { matchId: funding.matchId } : {}),
          ...(funding?.terms ? { terms: funding.terms } : {}),
        });
        return change;
      },
      concurrentChange: () => new ApplicationChangedConcurrently(),
    });
    // Also after a redelivered request: the first one may have stopped before asking.
    if (application.funding?.holdId) await this.settle(application);
    return toView(application);
  }

  /** Who pays and how much, with the terms its instrument's agreement states. */
  private async fundingOf(application: Application, command: DecideApplicationCommand): Promise<Funding> {
    const programme = await this.programmes.findById(application.programmeId);
    if (!programme) throw new UnknownProgramme(application.programmeId);
    // The programme's instrument when it pays; the one requested when an investor does.
    const byInvestor = command.fundedBy === 'investor';
    assertTermsApply(
      byInvestor ? (application.request.instrument ?? programme.kind) : programme.kind,
      command.terms,
      application.request.durationMonths,
    );
    const funding = byInvestor
      ? investorFunding(application, command)
      : this.spentHold(programme, application, command);
    return command.terms ? { ...funding, terms: { ...command.terms } } : funding;
  }

  /** The live hold this programme-funded decision spends; refused without one. */
  private spentHold(programme: Programme, application: Application, command: DecideApplicationCommand): Funding {
    if (!command.holdId) throw new BudgetHoldRequired('the decision names no hold');
    const hold = holdOf(programme, application.id);
    if (!hold || hold.holdId !== command.holdId || hold.state === 'released') {
      throw new BudgetHoldRequired('no such hold on the programme for this application');
    }
    // A hold in the last tenth of its life is refused: the sweep may release it before this
    // decision is recorded, and another application may then take the money (an overspend).
    const lifetimeMs = this.config.BUDGET_HOLD_LIFETIME_MS;
    if (hold.state === 'held' && isExpired(hold, new Date(Date.now() + lifetimeMs / 10), lifetimeMs)) {
      throw new BudgetHoldRequired('the hold has expired');
    }
    if (command.amountCents !== undefined && command.amountCents !== hold.amountCents) {
      throw new BudgetHoldRequired(`the hold is for ${hold.amountCents} cents`);
    }
    return { fundedBy: 'programme', amountCents: hold.amountCents, holdId: hold.holdId };
  }

  private async settle(application: Application): Promise<void> {
    try {
      await this.settler.settle(application.programmeId, application.id);
    } catch (error) {
      // The decision stands; the sweep commits the hold when it finds it past its lifetime.
      this.logger.warn({ applicationId: application.id, err: (error as Error).message }, 'hold not settled yet');
    }
  }
}

/** Funding fields belong to a funded decision, and a match only to an investor's funding. */
function assertFundingFields(command: DecideApplicationCommand): void {
  if (command.decision === 'declined') {
    const stray = (['amountCents', 'fundedBy', 'matchId', 'terms'] as const).filter(
      (field) => command[field] !== undefined,
    );
    if (stray.length > 0) {
      throw DomainException.validation(
        stray.map((field) => fieldError(field, 'onlyWhenFunded', `${field} applies to a funded decision`)),
      );
    }
    return;
  }
  if (command.fundedBy === 'investor') {
    if (command.matchId === undefined) {
      throw DomainException.validation([
        fieldError('matchId', 'requiredWithInvestor', 'matchId names the introduction the investor funds from'),
      ]);
    }
    return;
  }
  if (command.matchId !== undefined) {
    throw DomainException.validation([
      fieldError('matchId', 'onlyWithInvestor', 'matchId names the introduction an investor funds from'),
    ]);
  }
}

/**
 * An investor funds from one of the application's introductions (its history names each): the
 * amount decided, by default the amount requested; the programme's budget is not spent.
 */
function investorFunding(application: Application, command: DecideApplicationCommand): Funding {
  const matchId = command.matchId as string;
  const requested = application.request.amountCents;
  const amountCents = command.amountCents ?? requested;
  if (requested !== undefined && amountCents !== undefined && amountCents > requested) {
    throw new AmountAboveRequest(requested);
  }
  if (amountCents === undefined) {
    throw DomainException.validation([
      fieldError(
        'amountCents',
        'requiredWithoutRequest',
        'amountCents is required: the application requests no amount',
      ),
    ]);
  }
  if (!application.history.some((change) => change.matchId === matchId)) throw new InvestorFundingUnavailable(matchId);
  return { fundedBy: 'investor', amountCents, matchId };
}

/**
 * A term the instrument's agreement does not state would be lost, and a grace period as long as
 * the loan leaves nothing to repay in: refused, each one named.
 */
export function assertTermsApply(
  instrument: Instrument,
  terms: DealTermsDto | undefined,
  durationMonths?: number,
): void {
  const errors = (Object.keys(terms ?? {}) as DealTerm[])
    .filter((term) => terms?.[term] !== undefined && !TERMS_OF_INSTRUMENT[instrument].includes(term))
    .map((term) =>
      fieldError(`terms.${term}`, 'notForInstrument', `terms.${term} does not apply to ${instrument} funding`),
    );
  const grace = terms?.graceMonths;
  if (grace !== undefined && durationMonths !== undefined && grace >= durationMonths) {
    errors.push(
      fieldError(
        'terms.graceMonths',
        'belowDuration',
        `terms.graceMonths must be below the ${durationMonths} months requested`,
      ),
    );
  }
  if (errors.length > 0) throw DomainException.validation(errors);
}
