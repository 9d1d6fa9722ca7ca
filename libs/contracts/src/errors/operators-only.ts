import type { Actor } from '../messaging/envelope';
import { DomainException } from './domain.exception';

export class OperatorsOnly extends DomainException {
  constructor() {
    super('auth.operators-only', 'Only operators may do this');
  }
}

export const isOperator = (actor: Actor): boolean => actor.roles.includes('operator');

/** The gateway already checks roles; the service that owns the data checks again. */
export function assertOperator(actor: Actor): void {
  if (!isOperator(actor)) throw new OperatorsOnly();
}
