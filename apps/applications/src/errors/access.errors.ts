import { DomainException } from '@pollen/contracts';

export class OperatorsOnly extends DomainException {
  constructor() {
    super('auth.operators-only', 'Only operators may do this');
  }
}
