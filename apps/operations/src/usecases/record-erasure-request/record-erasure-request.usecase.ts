import { Injectable } from '@nestjs/common';
import type { ErasureRequestedData } from '@pollen/contracts';

import { withRequest } from '../../domain/erasure-progress';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

/**
 * Starts following an erasure: its progress record, every service pending, or the request's fields
 * added to a record that confirmations opened before it arrived.
 * @returns false when the request was recorded already (a redelivery).
 */
@Injectable()
export class RecordErasureRequest {
  constructor(private readonly progress: ErasureProgressStore) {}

  async execute(command: { request: ErasureRequestedData; now?: Date }): Promise<boolean> {
    const now = command.now ?? new Date();
    const saved = await this.progress.change(command.request.erasureId, (current) =>
      withRequest(current, command.request, now),
    );
    return saved !== null;
  }
}
