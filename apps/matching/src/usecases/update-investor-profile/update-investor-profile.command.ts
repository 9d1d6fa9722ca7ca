import type { Actor } from '@pollen/contracts';

export interface UpdateInvestorProfileCommand {
  investorId: string;
  requestId: string;
  actor: Actor;
  /** JSON merge patch (RFC 7396) of the profile. */
  patch: Record<string, unknown>;
  /** The versions If-Match accepts; undefined for `If-Match: *` (any current version). */
  expectedVersions?: number[];
}
