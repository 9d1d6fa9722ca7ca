import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsHexadecimal,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';

import { type Role, ROLES, SERVICE_NAMES, type ServiceName } from '../messaging/envelope';

/**
 * The data of account.erasure-requested: the account asked to be forgotten. Every service erases
 * what it holds about `accountId` and confirms on its erasure topic; the operations service keeps
 * the progress, which the holder of the receipt (whose SHA-256 is here) may read.
 */
export class ErasureRequestedData {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  @IsString()
  @IsNotEmpty()
  erasureId: string;

  @IsIn(ROLES)
  role: Role;

  /** SHA-256 (hex) of the receipt token given to the person: the token itself never leaves the gateway. */
  @IsHexadecimal()
  @Length(64, 64)
  receiptHash: string;

  @IsDateString()
  requestedAt: string;
}

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

/** The data of `<service>.erasure-completed`. Ids, counts and legal bases: never the person. */
export class ErasureCompletedData {
  @IsString()
  @IsNotEmpty()
  erasureId: string;

  @IsIn(SERVICE_NAMES)
  service: ServiceName;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ErasedRecords)
  erased: ErasedRecords[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => KeptRecord)
  kept: KeptRecord[];

  @IsOptional()
  @IsString()
  note?: string;
}
