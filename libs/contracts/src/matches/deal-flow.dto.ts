import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import { PageQueryDto } from '../messaging/page-query.dto';
import { MATCH_STATUSES, type MatchStatus, PASS_REASONS, type PassReason } from './codes';

/** Query of `GET /v1/deal-flow`: best score first, then the most recent. */
export class DealFlowQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(MATCH_STATUSES)
  status?: MatchStatus;
}

/** Body of `POST /v1/deal-flow/{matchId}/interest`. */
export class ExpressInterestDto {
  /** What you mean to put in, in euro cents, if you can say. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000_00)
  amountCents?: number;

  /** A word to the applicant: who you are, what you would like to know (shown to them). */
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(2000)
  message: string;

  /**
   * Whether you want a letter of intent drawn up: once the applicant accepts, it is generated with
   * the confidentiality agreement, for the amount you give (or the amount requested).
   */
  @IsOptional()
  @IsBoolean()
  letterOfIntent?: boolean;
}

/** Body of `POST /v1/deal-flow/{matchId}/pass`. */
export class PassMatchDto {
  @IsIn(PASS_REASONS)
  reason: PassReason;

  /** More on why, for the platform (never shown to the applicant). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}
