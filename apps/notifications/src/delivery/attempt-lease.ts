import { DeliveryStore } from '../repositories/delivery.store';

/** What an attempt that was claimed but never recorded is recorded as, once its lease ran out. */
export const INTERRUPTED = 'interrupted: the attempt was not recorded within its lease';

/**
 * Whether a claimed attempt the delivery does not show was interrupted: it may be running elsewhere
 * or have just ended (then recording on the old version fails, harmlessly), or whoever ran it
 * stopped before recording it. Only once `leaseMs` has passed since it began is it given up.
 */
export async function leaseRanOut(
  deliveries: DeliveryStore,
  deliveryId: string,
  attempt: number,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const until = await leaseEnd(deliveries, deliveryId, attempt, leaseMs);
  return until !== null && until.getTime() <= now.getTime();
}

/** When the lease of a claimed attempt runs out; null for one not found (nothing to recover). */
export async function leaseEnd(
  deliveries: DeliveryStore,
  deliveryId: string,
  attempt: number,
  leaseMs: number,
): Promise<Date | null> {
  const startedAt = await deliveries.attemptStartedAt(deliveryId, attempt);
  return startedAt ? new Date(startedAt.getTime() + leaseMs) : null;
}
