import type { ListProgrammesQueryDto } from '@pollen/contracts';

export interface ListProgrammesQuery extends ListProgrammesQueryDto {
  /** The instant "open" refers to. */
  now: Date;
}
