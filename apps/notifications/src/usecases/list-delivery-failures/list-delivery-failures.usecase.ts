import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assertOperator,
  type DeliveryFailurePageView,
  type ListDeliveryFailuresQueryDto,
} from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { toFailureView } from '../../domain/delivery';
import { DeliveryStore } from '../../repositories/delivery.store';

export interface ListDeliveryFailuresCommand extends ListDeliveryFailuresQueryDto {
  actor: Actor;
}

const DEFAULT_LIMIT = 20;

/** Notifications not delivered: still retried (`failed`) or given up (`dead`), the last failure first. */
@Injectable()
export class ListDeliveryFailures {
  constructor(private readonly deliveries: DeliveryStore) {}

  async execute(command: ListDeliveryFailuresCommand): Promise<DeliveryFailurePageView> {
    assertOperator(command.actor);
    const limit = command.limit ?? DEFAULT_LIMIT;
    const after = command.cursor ? decodeCursor(command.cursor) : undefined;
    const found = await this.deliveries.failures({ status: command.status, after, limit: limit + 1 });
    const { items, nextCursor } = page(found, limit, (delivery) => delivery.lastAttemptAt ?? delivery.createdAt);
    return { items: items.map(toFailureView), nextCursor };
  }
}
