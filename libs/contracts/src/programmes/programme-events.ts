import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsString, Min } from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { HOLD_STATES, type HoldState } from './budget.dto';
import { CreateProgrammeDto } from './programme.dto';

export const ProgrammeAggregate: AggregateDefinition = { name: 'Programme', idField: 'id', owner: 'applications' };

/** The programme as it is after the change. */
export class ProgrammeChangedData extends CreateProgrammeDto {
  @IsString()
  @IsNotEmpty()
  id: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsISO8601({ strict: true })
  createdAt: string;

  @IsISO8601({ strict: true })
  updatedAt: string;
}

/** One application's hold changed; the programme's totals after the change. */
export class ProgrammeBudgetChangedData {
  @IsString()
  @IsNotEmpty()
  id: string;

  @IsString()
  @IsNotEmpty()
  applicationId: string;

  @IsString()
  @IsNotEmpty()
  holdId: string;

  @IsIn(HOLD_STATES)
  state: HoldState;

  @IsInt()
  @Min(1)
  amountCents: number;

  @IsInt()
  @Min(0)
  committedCents: number;

  @IsInt()
  @Min(0)
  heldCents: number;
}

const on = { topic: Topics.programmeEvents, aggregate: ProgrammeAggregate } as const;

export const ProgrammeEvents = {
  'programme.created': defineEvent({
    ...on,
    data: ProgrammeChangedData,
    emittedBy: ['programmes.create'],
    description: 'An operator created a programme; it carries the whole programme.',
  }),
  'programme.updated': defineEvent({
    ...on,
    data: ProgrammeChangedData,
    emittedBy: ['programmes.update'],
    description: 'An operator changed a programme; it carries the whole programme after the change.',
  }),
  'programme.budget-changed': defineEvent({
    ...on,
    data: ProgrammeBudgetChangedData,
    emittedBy: ['programmes.reserve-budget', 'programmes.settle-budget'],
    description:
      'An application’s hold on the budget was taken, committed by a decision or released; with the programme’s committed and held totals.',
  }),
};
