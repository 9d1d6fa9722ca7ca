import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';
import { type FundedBy, FUNDERS } from './application-events';
import { APPLICATION_STATUSES, type ApplicationStatus } from './codes';
import { DealTermsDto } from './deal-terms.dto';

/** Body of `POST /v1/applications/:id/withdraw`. */
export class WithdrawApplicationDto {
  /** Why (kept in the history). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** Body of `POST /v1/applications/:id/decision` (operators). */
export class DecideApplicationDto {
  @IsIn(['funded', 'declined'])
  decision: 'funded' | 'declined';

  /** The committee's written reason. */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(5000)
  reason: string;

  /** What is granted, in euro cents, when funded: at most the amount requested (absent: the amount requested). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000_00)
  amountCents?: number;

  /** Who pays, when funded: the programme's budget (default), or an investor met through an introduction. */
  @IsOptional()
  @IsIn(FUNDERS)
  fundedBy?: FundedBy;

  /** The introduction an investor's funding came from (`fundedBy: investor`). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  matchId?: string;

  /** Funded only: the terms the instrument's agreement states (a loan's rate and grace period …). */
  @IsOptional()
  @ValidateNested()
  @Type(() => DealTermsDto)
  terms?: DealTermsDto;
}

/** Query of `GET /v1/applications`. */
export class ListApplicationsQueryDto extends PageQueryDto {
  /** One programme's applications (the caller's own, or all of them for operators). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  programmeId?: string;

  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;
}
