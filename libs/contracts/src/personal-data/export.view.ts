import type { ServiceName } from '../messaging/envelope';

export const EXPORT_STATUSES = ['pending', 'ready', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** `POST /v1/me/exports` → 202: the job to poll. */
export class ExportAcceptedView {
  exportId: string;
}

/**
 * What one service holds about a person, by section (e.g. `applications`, `inbox`): plain JSON,
 * as that service's own views show it, secrets left out.
 */
export class PersonalDataSectionsView {
  service: ServiceName;
  sections: Record<string, unknown>;
}

/** The archive: every service's part, gathered by asking each one (never by reading its database). */
export class PersonalDataArchiveView {
  accountId: string;
  generatedAt: string;
  services: PersonalDataSectionsView[];
}

/** `GET /v1/me/exports/{exportId}`: the job, and once `ready` the archive, until `expiresAt` (7 days). */
export class ExportView {
  exportId: string;
  status: ExportStatus;
  requestedAt: string;
  readyAt?: string;
  expiresAt: string;
  /** Why it failed: a service did not answer; asking again starts a new export. */
  error?: string;
  archive?: PersonalDataArchiveView;
}
