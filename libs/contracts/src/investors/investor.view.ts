import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import { INVESTOR_STATUSES, type InvestorStatus } from './codes';
import type { InvestorProfileDto } from './investor-profile.dto';

/** An investor as operators and the investor see it. `version` is the ETag of `/v1/investors/me`. */
export class InvestorView {
  id: string;
  status: InvestorStatus;
  /** Why an operator rejected or suspended the investor (absent otherwise). */
  statusReason?: string;
  /** Absent until the investor fills it in. */
  profile?: InvestorProfileDto;
  /** 0 before matching has seen the investor. */
  version: number;
  /** Absent at version 0. */
  createdAt?: string;
  updatedAt?: string;
}

export class InvestorPageView {
  items: InvestorView[];
  nextCursor: string | null;
}

/** Query of `GET /v1/ops/investors`: oldest first, so the longest-waiting are vetted first. */
export class ListInvestorsQueryDto {
  @IsOptional()
  @IsIn(INVESTOR_STATUSES)
  status?: InvestorStatus;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Body of `POST /v1/ops/investors/{id}/reject` and `…/suspend`. */
export class VettingReasonDto {
  /** Why (kept with the investor and told to them). */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(2000)
  reason: string;
}
