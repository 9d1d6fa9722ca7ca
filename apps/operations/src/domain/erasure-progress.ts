import {
  type ErasedRecords,
  type ErasureCompletedData,
  type ErasureRequestedData,
  type ErasureStatus,
  type ErasureView,
  type KeptRecord,
  type Role,
  SERVICE_NAMES,
  type ServiceName,
} from '@pollen/contracts';

/** One service's part of an erasure: pending until its `<service>.erasure-completed` arrives. */
export interface ServiceErasure {
  service: ServiceName;
  status: 'pending' | 'completed';
  completedAt?: Date;
  erased: ErasedRecords[];
  kept: KeptRecord[];
}

/**
 * An erasure's progress, keyed by erasure id. The request and the confirmations come on different
 * topics, in no set order: a confirmation may come first, and the request's fields are then absent
 * until it arrives. Ids, counts and legal bases only: never the person.
 */
export interface ErasureProgress {
  id: string;
  version: number;
  accountId?: string;
  role?: Role;
  /** SHA-256 (hex) of the receipt the person holds: who shows it may read this progress. */
  receiptHash?: string;
  requestedAt?: Date;
  status: ErasureStatus;
  completedAt?: Date;
  services: ServiceErasure[];
}

/** Nothing heard of the erasure yet: every service pending. */
export function newErasureProgress(erasureId: string): ErasureProgress {
  return {
    id: erasureId,
    version: 0,
    status: 'in-progress',
    services: SERVICE_NAMES.map((service) => ({ service, status: 'pending', erased: [], kept: [] })),
  };
}

/** The progress once every service has confirmed an erasure that was requested. */
function settled(progress: ErasureProgress, now: Date): ErasureProgress {
  const done =
    progress.requestedAt !== undefined && progress.services.every((service) => service.status === 'completed');
  return done && progress.status !== 'completed' ? { ...progress, status: 'completed', completedAt: now } : progress;
}

/** The request recorded; null when it already was (a redelivery changes nothing). */
export function withRequest(progress: ErasureProgress, data: ErasureRequestedData, now: Date): ErasureProgress | null {
  if (progress.requestedAt) return null;
  const { accountId, role, receiptHash, requestedAt } = data;
  return settled({ ...progress, accountId, role, receiptHash, requestedAt: new Date(requestedAt) }, now);
}

/** A service's confirmation recorded; null when that service had confirmed already. */
export function withConfirmation(
  progress: ErasureProgress,
  data: ErasureCompletedData,
  completedAt: Date,
  now: Date,
): ErasureProgress | null {
  const current = progress.services.find((entry) => entry.service === data.service);
  if (current?.status === 'completed') return null;
  const confirmed: ServiceErasure = {
    service: data.service,
    status: 'completed',
    completedAt,
    erased: data.erased.map(({ what, count, how }) => ({ what, count, how })),
    kept: data.kept.map(({ what, id, basis, until }) => ({ what, id, basis, until })),
  };
  // A service added after the erasure started has no entry yet: its confirmation adds one.
  const services = current
    ? progress.services.map((entry) => (entry === current ? confirmed : entry))
    : [...progress.services, confirmed];
  return settled({ ...progress, services }, now);
}

/** As the receipt holder and operators see it; only a requested erasure has a view. */
export function toErasureView(progress: ErasureProgress & { role: Role; requestedAt: Date }): ErasureView {
  return {
    erasureId: progress.id,
    status: progress.status,
    role: progress.role,
    requestedAt: new Date(progress.requestedAt).toISOString(),
    ...(progress.completedAt ? { completedAt: new Date(progress.completedAt).toISOString() } : {}),
    services: progress.services.map((entry) => ({
      service: entry.service,
      status: entry.status,
      ...(entry.completedAt ? { completedAt: new Date(entry.completedAt).toISOString() } : {}),
      erased: entry.erased,
      kept: entry.kept,
    })),
  };
}

/** Whether the request has arrived (a confirmation alone does not make an erasure visible). */
export const isRequested = (
  progress: ErasureProgress,
): progress is ErasureProgress & { accountId: string; role: Role; receiptHash: string; requestedAt: Date } =>
  progress.requestedAt !== undefined;
