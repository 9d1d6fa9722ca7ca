import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, type ErasurePageView, type ListErasuresQueryDto } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { toErasureView } from '../../domain/erasure-progress';
import { ErasureProgressStore } from '../../repositories/erasure-progress.store';

export interface ListErasuresCommand extends ListErasuresQueryDto {
  actor: Actor;
}

const DEFAULT_LIMIT = 20;

/** Erasures, newest request first, optionally by status, in pages (operators only). */
@Injectable()
export class ListErasures {
  constructor(private readonly progress: ErasureProgressStore) {}

  async execute(command: ListErasuresCommand): Promise<ErasurePageView> {
    assertOperator(command.actor);
    const limit = command.limit ?? DEFAULT_LIMIT;
    const found = await this.progress.list({
      status: command.status,
      after: command.cursor ? decodeCursor(command.cursor) : undefined,
      limit: limit + 1,
    });
    const { items, nextCursor } = page(
      found.map((progress) => ({ id: progress.request.id, progress })),
      limit,
      (item) => new Date(item.progress.request.requestedAt),
    );
    return { items: items.map((item) => toErasureView(item.progress)), nextCursor };
  }
}
