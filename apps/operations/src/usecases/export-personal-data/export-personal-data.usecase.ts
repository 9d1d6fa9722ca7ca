import { Injectable } from '@nestjs/common';
import type { Actor, PersonalDataSectionsView } from '@pollen/contracts';

import { toDeadLetterView } from '../../domain/dead-letter';
import { isRequested, toErasureView } from '../../domain/erasure-progress';
import { DeadLetterStore } from '../../repositories/dead-letter.store';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

/**
 * What the operations service holds about the asking account (RGPD art. 15 and 20): the dead
 * letters that mention it or whose replay it asked for, as operators see them, and its erasures
 * (none, for an account still there, unless an earlier request is still on its way).
 */
@Injectable()
export class ExportPersonalData {
  constructor(
    private readonly deadLetters: DeadLetterStore,
    private readonly progress: ErasureProgressStore,
  ) {}

  async execute(command: { actor: Actor }): Promise<PersonalDataSectionsView> {
    const accountId = command.actor.id;
    const [deadLetters, erasures] = await Promise.all([
      this.deadLetters.concerning(accountId),
      this.progress.findByAccount(accountId),
    ]);
    return {
      service: 'operations',
      sections: {
        deadLetters: deadLetters.map(toDeadLetterView),
        erasures: erasures.filter(isRequested).map(toErasureView),
      },
    };
  }
}
