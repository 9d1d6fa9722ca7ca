import type { Actor, ExpressInterestDto, PassMatchDto } from '@pollen/contracts';

/** An investor's action on one of their matches, from a deal-flow request. */
export type ActOnMatchCommand = {
  matchId: string;
  requestId: string;
  actor: Actor;
} & ({ action: 'express-interest'; interest: ExpressInterestDto } | { action: 'pass'; pass: PassMatchDto });
