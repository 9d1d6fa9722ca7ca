import {
  type CreateProgrammeDto,
  type EligibilityRulesDto,
  type FieldError,
  fieldError,
  type Instrument,
  type ProgrammeTrancheDto,
  type ProgrammeView,
  type Topics,
} from '@pollen/contracts';
import { AggregateChange } from '@pollen/platform/mongo';

import type { BudgetHold } from './budget';
import type { Deadline } from './deadline-review';

/** A programme (a call for applications) as the service holds it. */
export interface Programme {
  id: string;
  title: string;
  description: string;
  operatorName: string;
  operatorSiren?: string;
  operatorLegalForm?: string;
  kind: Instrument;
  opensAt: Date;
  closesAt: Date;
  /** Deadlines set or confirmed since deadlines are read in Paris time (absent on programmes stored before). */
  confirmedDeadlines?: Deadline[];
  budgetCents: number;
  /** Each application's hold on the budget (absent on programmes stored before budgets were held). */
  holds?: BudgetHold[];
  maxShareOfCost?: number;
  tranches?: ProgrammeTrancheDto[];
  eligibility: EligibilityRulesDto;
  version: number;
  createdBy: string;
  /** Requests already applied (bounded), so a redelivered change is not applied twice. */
  appliedRequestIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** One change to a programme by one request, with its `programme.*` events. */
export class ProgrammeChange extends AggregateChange<Programme, (typeof Topics)['programmeEvents']['name']> {}

/** What `programme.*` events carry: the programme as it is after the change. */
export function programmeEventData(programme: Programme): Omit<ProgrammeView, 'status'> {
  const { status: _status, ...data } = toProgrammeView(programme);
  return data;
}

export function statusAt(programme: Pick<Programme, 'opensAt' | 'closesAt'>, now: Date): ProgrammeView['status'] {
  if (now < programme.opensAt) return 'upcoming';
  return now < programme.closesAt ? 'open' : 'closed';
}

export function toProgrammeView(programme: Programme, now: Date = new Date()): ProgrammeView {
  return {
    id: programme.id,
    title: programme.title,
    description: programme.description,
    operatorName: programme.operatorName,
    ...(programme.operatorSiren === undefined ? {} : { operatorSiren: programme.operatorSiren }),
    ...(programme.operatorLegalForm === undefined ? {} : { operatorLegalForm: programme.operatorLegalForm }),
    kind: programme.kind,
    opensAt: programme.opensAt.toISOString(),
    closesAt: programme.closesAt.toISOString(),
    budgetCents: programme.budgetCents,
    ...(programme.maxShareOfCost === undefined ? {} : { maxShareOfCost: programme.maxShareOfCost }),
    ...(programme.tranches === undefined ? {} : { tranches: programme.tranches }),
    eligibility: programme.eligibility,
    status: statusAt(programme, now),
    version: programme.version,
    createdAt: programme.createdAt.toISOString(),
    updatedAt: programme.updatedAt.toISOString(),
  };
}

/** The programme's own fields, from a validated body. */
export function programmeFields(
  dto: CreateProgrammeDto,
): Omit<Programme, 'id' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt' | 'appliedRequestIds'> {
  return {
    title: dto.title,
    description: dto.description,
    operatorName: dto.operatorName,
    operatorSiren: dto.operatorSiren,
    operatorLegalForm: dto.operatorLegalForm,
    kind: dto.kind,
    opensAt: new Date(dto.opensAt),
    closesAt: new Date(dto.closesAt),
    budgetCents: dto.budgetCents,
    // Absent when a patch removed it: the repository unsets it.
    maxShareOfCost: dto.maxShareOfCost,
    tranches: dto.tranches?.map((tranche) => ({ ...tranche })),
    eligibility: { ...dto.eligibility },
  };
}

/** Rules across fields that a single field's validation cannot see. */
export function crossFieldErrors(dto: CreateProgrammeDto): FieldError[] {
  const errors: FieldError[] = [];
  if (new Date(dto.closesAt) <= new Date(dto.opensAt)) {
    errors.push(fieldError('closesAt', 'afterOpensAt', 'closesAt must be after opensAt'));
  }
  const { minAmountCents, maxAmountCents } = dto.eligibility;
  if (minAmountCents !== undefined && maxAmountCents !== undefined && minAmountCents > maxAmountCents) {
    errors.push(
      fieldError(
        'eligibility.maxAmountCents',
        'atLeastMinAmount',
        'eligibility.maxAmountCents must not be below eligibility.minAmountCents',
      ),
    );
  }
  const shares = (dto.tranches ?? []).reduce((total, tranche) => total + tranche.sharePercent, 0);
  if (dto.tranches && shares !== 100) {
    errors.push(fieldError('tranches', 'sharesAddUpTo100', 'the tranches’ sharePercent must add up to 100'));
  }
  return errors;
}
