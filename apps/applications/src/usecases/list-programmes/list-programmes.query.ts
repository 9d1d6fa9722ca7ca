import type { Actor, ListProgrammesQueryDto } from '@pollen/contracts';

export interface ListProgrammesQuery extends ListProgrammesQueryDto {
  /** The instant "open" refers to. */
  now: Date;
  /** Operators also see whether a deadline awaits their review. */
  actor: Actor;
}
