import type { Actor } from '@pollen/contracts';

export interface ReserveBudgetCommand {
  programmeId: string;
  requestId: string;
  actor: Actor;
  applicationId: string;
  /** Absent: the amount the application requests. */
  amountCents?: number;
}
