import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';
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
export class ListInvestorsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(INVESTOR_STATUSES)
  status?: InvestorStatus;
}

/** Body of `POST /v1/ops/investors/{id}/reject` and `…/suspend`. */
export class VettingReasonDto {
  /** Why (kept with the investor and told to them). */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(2000)
  reason: string;
}
