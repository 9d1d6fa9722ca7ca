import { randomUUID } from 'node:crypto';

import { Correlation } from '@pollen/platform/logging';

import type { Delivery } from '../domain/delivery';

/**
 * Runs an attempt in the correlation of the event that called for the delivery, so its log lines
 * and its `notification.*` event read with what that request set off (in the operators' timeline
 * too). A delivery recorded before it kept its correlation starts one of its own.
 */
export const inDeliveryScope = <T>(delivery: Delivery, attempt: () => Promise<T>): Promise<T> =>
  Correlation.run({ correlationId: delivery.correlationId ?? randomUUID(), eventId: delivery.sourceEventId }, attempt);
