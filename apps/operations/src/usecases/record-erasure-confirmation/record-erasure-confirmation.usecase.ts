import { Injectable } from '@nestjs/common';
import type { ErasureCompletedData } from '@pollen/contracts';
import type { HandledAs } from '@pollen/platform/kafka';

import { confirmationFrom } from '../../domain/erasure-progress';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

export interface RecordErasureConfirmationCommand {
  confirmation: ErasureCompletedData;
  /** When the service confirmed (its event's occurredAt). */
  completedAt: Date;
}

/**
 * Records one service's `<service>.erasure-completed`, written once; the erasure is `completed`
 * once its request and every service's confirmation are there, in whatever order they came.
 */
@Injectable()
export class RecordErasureConfirmation {
  constructor(private readonly progress: ErasureProgressStore) {}

  async execute(command: RecordErasureConfirmationCommand): Promise<HandledAs> {
    const added = await this.progress.addConfirmation(confirmationFrom(command.confirmation, command.completedAt));
    // Also on a redelivery: a run that stopped between the two writes finishes here.
    await this.progress.settle(command.confirmation.erasureId);
    return added ? 'applied' : 'duplicate';
  }
}
