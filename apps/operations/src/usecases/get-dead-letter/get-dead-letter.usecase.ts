import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type DeadLetterView } from '@pollen/contracts';

import { toDeadLetterView } from '../../domain/dead-letter';
import { DeadLetterNotFound } from '../../errors';
import { DeadLetterStore } from '../../repositories/dead-letter.store';

export interface GetDeadLetterCommand {
  deadLetterId: string;
  actor: Actor;
}

@Injectable()
export class GetDeadLetter {
  constructor(private readonly deadLetters: DeadLetterStore) {}

  async execute(command: GetDeadLetterCommand): Promise<DeadLetterView> {
    assertOperator(command.actor);
    const deadLetter = await this.deadLetters.findById(command.deadLetterId);
    if (!deadLetter) throw new DeadLetterNotFound(command.deadLetterId);
    return toDeadLetterView(deadLetter);
  }
}
