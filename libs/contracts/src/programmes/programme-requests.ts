import type { CreateProgrammeDto, ListProgrammesQueryDto } from './programme.dto';

/** Request types about programmes, answered by the applications service (`Topics.applicationRequests`). */
export const ProgrammeRequestTypes = {
  create: 'programmes.create',
  update: 'programmes.update',
  list: 'programmes.list',
  get: 'programmes.get',
} as const;

export type CreateProgrammeRequestData = CreateProgrammeDto;
/** A JSON merge patch (RFC 7396) of a programme; the merged result is validated as a whole. */
export interface UpdateProgrammeRequestData {
  patch: Record<string, unknown>;
}
export type ListProgrammesRequestData = ListProgrammesQueryDto & { now: string };
