import { Injectable } from '@nestjs/common';
import type { ErasureCompletedData } from '@pollen/contracts';
import type { HandledAs } from '@pollen/platform/kafka';

import { withConfirmation } from '../../domain/erasure-progress';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

export interface RecordErasureConfirmationCommand {
  confirmation: ErasureCompletedData;
  /** When the service confirmed (its event's occurredAt). */
  completedAt: Date;
  now?: Date;
}

/**
 * Records one service's `<service>.erasure-completed` on the erasure's progress, which is
 * `completed` once every service has confirmed. A confirmation that comes before the request opens
 * the record; the request fills it in.
 */
@Injectable()
export class RecordErasureConfirmation {
  constructor(private readonly progress: ErasureProgressStore) {}

  async execute(command: RecordErasureConfirmationCommand): Promise<HandledAs> {
    const now = command.now ?? new Date();
    const saved = await this.progress.change(command.confirmation.erasureId, (current) =>
      withConfirmation(current, command.confirmation, command.completedAt, now),
    );
    return saved ? 'applied' : 'duplicate';
  }
}
