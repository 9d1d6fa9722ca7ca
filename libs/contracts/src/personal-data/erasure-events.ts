import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsHexadecimal,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';

import { type Role, ROLES, SERVICE_NAMES, type ServiceName } from '../messaging/envelope';
import { ErasedRecords, KeptRecord } from './erasure-records.dto';

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
