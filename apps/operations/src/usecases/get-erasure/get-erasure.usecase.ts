import { createHash, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { ErasureView } from '@pollen/contracts';

import { toErasureView } from '../../domain/erasure-progress';
import { ErasureNotFound } from '../../errors';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

/** Hashed again so both sides have one length, as timingSafeEqual needs, whatever was sent. */
const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * An erasure's progress for whoever holds its receipt: the account is gone, so there is no actor
 * to check; the receipt's hash must match the one the request carried. Compared in constant time,
 * and a wrong receipt is answered as an unknown erasure, so that neither teaches a guesser anything.
 */
@Injectable()
export class GetErasure {
  constructor(private readonly progress: ErasureProgressStore) {}

  async execute(command: { erasureId: string; receiptHash: string }): Promise<ErasureView> {
    const found = await this.progress.findById(command.erasureId);
    const expected = found?.request.receiptHash ?? '';
    const matches = timingSafeEqual(digest(expected.toLowerCase()), digest(command.receiptHash.toLowerCase()));
    if (!found || !matches) throw new ErasureNotFound();
    return toErasureView(found);
  }
}
