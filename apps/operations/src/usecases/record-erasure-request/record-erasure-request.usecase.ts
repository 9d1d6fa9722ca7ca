import { Injectable } from '@nestjs/common';
import type { ErasureRequestedData } from '@pollen/contracts';

import { requestFrom } from '../../domain/erasure-progress';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

/**
 * Starts following an erasure: its request, written once. Confirmations that came before it are
 * already in place; if every service has confirmed, the erasure is completed now.
 * @returns false when the request was recorded already (a redelivery).
 */
@Injectable()
export class RecordErasureRequest {
  constructor(private readonly progress: ErasureProgressStore) {}

  async execute(command: { request: ErasureRequestedData }): Promise<boolean> {
    const added = await this.progress.addRequest(requestFrom(command.request));
    // Also on a redelivery: a run that stopped between the two writes finishes here.
    await this.progress.settle(command.request.erasureId);
    return added;
  }
}
