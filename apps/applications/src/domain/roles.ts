import type { Actor } from '@pollen/contracts';

import { OperatorsOnly } from '../errors';

export const isOperator = (actor: Actor): boolean => actor.roles.includes('operator');

/** The gateway already checks roles; the owner of the data checks again. */
export function assertOperator(actor: Actor): void {
  if (!isOperator(actor)) throw new OperatorsOnly();
}
