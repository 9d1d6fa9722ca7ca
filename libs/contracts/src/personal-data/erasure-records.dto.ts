import { IsDateString, IsIn, IsInt, IsNotEmpty, IsString, Min } from 'class-validator';

/** How many of one kind of record a service erased or anonymised, e.g. `{ what: 'inbox items', count: 12 }`. */
export class ErasedRecords {
  @IsString()
  @IsNotEmpty()
  what: string;

  @IsInt()
  @Min(0)
  count: number;

  /** `deleted`, or `anonymised` (the record stays, without the person). */
  @IsIn(['deleted', 'anonymised'])
  how: 'deleted' | 'anonymised';
}

/**
 * A record the law makes a service keep after erasure, reduced to what the document itself
 * contains: why (`basis`, e.g. "art. 2224 Code civil"), until when, and the record's id.
 */
export class KeptRecord {
  @IsString()
  @IsNotEmpty()
  what: string;

  @IsString()
  @IsNotEmpty()
  id: string;

  @IsString()
  @IsNotEmpty()
  basis: string;

  /** The day a sweep deletes it (ISO 8601). */
  @IsDateString()
  until: string;
}
