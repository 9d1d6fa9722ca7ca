import type { Actor, CreateProgrammeDto } from '@pollen/contracts';

export interface CreateProgrammeCommand {
  /** Chosen by the gateway (the request's subject). */
  programmeId: string;
  requestId: string;
  actor: Actor;
  programme: CreateProgrammeDto;
}
