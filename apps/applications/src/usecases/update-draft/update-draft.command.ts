import type { Actor } from '@pollen/contracts';

export interface UpdateDraftCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  /** JSON merge patch (RFC 7396) of the draft. */
  patch: Record<string, unknown>;
  /** The version the caller last saw (If-Match). */
  expectedVersion: number;
}
