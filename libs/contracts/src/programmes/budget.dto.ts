import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const MAX_CENTS = 1_000_000_000_00;

/** Data of `programmes.reserve-budget`: a hold on the programme's budget for one application's funding. */
export class ReserveBudgetDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  applicationId: string;

  /** At most the amount the application requests; absent: the amount requested. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents?: number;
}

/** Data of `programmes.settle-budget`: bring one application's hold in line with its decision. */
export class SettleBudgetDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  applicationId: string;
}

export const HOLD_STATES = ['held', 'committed', 'released'] as const;
export type HoldState = (typeof HOLD_STATES)[number];

/** One application's claim on a programme's budget. */
export class BudgetHoldView {
  /** Derived from the programme and the application: asking again gives the same hold. */
  holdId: string;
  programmeId: string;
  applicationId: string;
  amountCents: number;
  /** held: waiting for the decision; committed: a decision spends it; released: nothing spent. */
  state: HoldState;
  /** When the hold was taken: a decision must confirm it within the hold lifetime (10 minutes). */
  heldAt: string;
}
