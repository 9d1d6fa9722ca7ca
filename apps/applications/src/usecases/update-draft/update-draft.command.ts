import type { Actor } from '@pollen/contracts';

export interface UpdateDraftCommand {
  applicationId: string;
  requestId: string;
  actor: Actor;
  /** JSON merge patch (RFC 7396) of the draft. */
  patch: Record<string, unknown>;
  /** The versions If-Match accepts; undefined for `If-Match: *` (any current version). */
  expectedVersions?: number[];
}
