import type { Actor } from '@pollen/contracts';

export interface UpdateProgrammeCommand {
  programmeId: string;
  requestId: string;
  actor: Actor;
  /** A JSON merge patch (RFC 7396). */
  patch: Record<string, unknown>;
}
