import type { ExportStatus, ExportView, PersonalDataArchiveView, Role } from '@pollen/contracts';

/** How long an export is kept, ready or not: its archive is the person's data, and they have it. */
export const EXPORT_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/** An export of a person's data (RGPD art. 15 and 20): a job the gateway runs, then its archive. */
export interface ExportJob {
  id: string;
  accountId: string;
  /** The role the account asked with: the services are asked as that actor. */
  role: Role;
  status: ExportStatus;
  requestedAt: Date;
  expiresAt: Date;
  /** Which run of the job holds it: a run interrupted by a restart is taken over by the next. */
  attempt: number;
  attemptStartedAt: Date;
  readyAt?: Date;
  error?: string;
  archive?: PersonalDataArchiveView;
}

export function newExportJob(id: string, accountId: string, role: Role, at: Date): ExportJob {
  return {
    id,
    accountId,
    role,
    status: 'pending',
    requestedAt: at,
    expiresAt: new Date(at.getTime() + EXPORT_KEPT_MS),
    attempt: 1,
    attemptStartedAt: at,
  };
}

export function toExportView(job: ExportJob): ExportView {
  return {
    exportId: job.id,
    status: job.status,
    requestedAt: job.requestedAt.toISOString(),
    ...(job.readyAt ? { readyAt: job.readyAt.toISOString() } : {}),
    expiresAt: job.expiresAt.toISOString(),
    ...(job.error ? { error: job.error } : {}),
    ...(job.archive ? { archive: job.archive } : {}),
  };
}
