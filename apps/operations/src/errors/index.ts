import { DomainException } from '@pollen/contracts';

export class DeadLetterNotFound extends DomainException {
  constructor(id: string) {
    super('dead-letter.not-found', `No dead letter ${id}`);
  }
}

export class DeadLetterNotReplayable extends DomainException {
  constructor() {
    super(
      'dead-letter.not-replayable',
      'Only event dead letters can be replayed; a request’s caller was answered long ago',
    );
  }
}

export class DeadLetterChangedConcurrently extends DomainException {
  constructor() {
    super('dead-letter.changed-concurrently', 'The dead letter changed meanwhile; read it again');
  }
}

/** No such erasure, or the receipt shown is not its own: the same answer, so a guess learns nothing. */
export class ErasureNotFound extends DomainException {
  constructor() {
    super('erasure.not-found', 'No such erasure, or the receipt does not match it');
  }
}
