import type { Actor } from '@pollen/contracts';

import { OperatorsOnly } from '../errors';

/** The gateway lets only operators ask; the service checks again. */
export function assertOperator(actor: Actor): void {
  if (!actor.roles.includes('operator')) throw new OperatorsOnly();
}
