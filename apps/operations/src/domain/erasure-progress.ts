import {
  type ErasedRecords,
  type ErasureCompletedData,
  type ErasureRequestedData,
  type ErasureView,
  type KeptRecord,
  type Role,
  SERVICE_NAMES,
  type ServiceName,
} from '@pollen/contracts';

/**
 * An erasure as the gateway asked for it, keyed by erasure id; written once. Ids and a hash only:
 * never the person.
 */
export interface ErasureRequest {
  id: string;
  accountId: string;
  role: Role;
  /** SHA-256 (hex) of the receipt the person holds: who shows it may read this progress. */
  receiptHash: string;
  requestedAt: Date;
  /** Set once every service has confirmed: what the operators' list filters on. */
  completedAt?: Date;
}

/** One service's `<service>.erasure-completed`, keyed `<erasureId>:<service>`; written once. */
export interface ErasureConfirmation {
  erasureId: string;
  service: ServiceName;
  completedAt: Date;
  erased: ErasedRecords[];
  kept: KeptRecord[];
}

/**
 * An erasure's progress, read from its request and whatever confirmations have come: they arrive
 * on different topics, in no set order, each its own document, so no document has two writers.
 */
export interface ErasureProgress {
  request: ErasureRequest;
  confirmations: ErasureConfirmation[];
}

export const confirmationIdOf = (erasureId: string, service: ServiceName): string => `${erasureId}:${service}`;

export function requestFrom(data: ErasureRequestedData): ErasureRequest {
  const { erasureId, accountId, role, receiptHash, requestedAt } = data;
  return { id: erasureId, accountId, role, receiptHash, requestedAt: new Date(requestedAt) };
}

export function confirmationFrom(data: ErasureCompletedData, completedAt: Date): ErasureConfirmation {
  return {
    erasureId: data.erasureId,
    service: data.service,
    completedAt,
    erased: data.erased.map(({ what, count, how }) => ({ what, count, how })),
    kept: data.kept.map(({ what, id, basis, until }) => ({ what, id, basis, until })),
  };
}

/**
 * When the erasure ended: the last confirmation, once every service has confirmed; undefined
 * before. Derived from the confirmations alone, so every reader and writer finds the same date.
 */
export function completionOf(confirmations: ErasureConfirmation[]): Date | undefined {
  const confirmed = new Set(confirmations.map((confirmation) => confirmation.service));
  if (!SERVICE_NAMES.every((service) => confirmed.has(service))) return undefined;
  return new Date(Math.max(...confirmations.map((confirmation) => new Date(confirmation.completedAt).getTime())));
}

/** As the receipt holder and operators see it: every service, pending until it confirms. */
export function toErasureView({ request, confirmations }: ErasureProgress): ErasureView {
  const completedAt = completionOf(confirmations);
  return {
    erasureId: request.id,
    status: completedAt ? 'completed' : 'in-progress',
    role: request.role,
    requestedAt: new Date(request.requestedAt).toISOString(),
    ...(completedAt ? { completedAt: completedAt.toISOString() } : {}),
    services: SERVICE_NAMES.map((service) => {
      const confirmation = confirmations.find((candidate) => candidate.service === service);
      return confirmation
        ? {
            service,
            status: 'completed' as const,
            completedAt: new Date(confirmation.completedAt).toISOString(),
            erased: confirmation.erased,
            kept: confirmation.kept,
          }
        : { service, status: 'pending' as const, erased: [], kept: [] };
    }),
  };
}
