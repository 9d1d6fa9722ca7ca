import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';

import { MATCH_CRITERIA, MATCH_GATES, type MatchCriterion, type MatchGate } from './match-explanation';

/** A sentence in French and English, as messages carry it. */
export class LocalisedTextDto {
  @IsString()
  fr: string;

  @IsString()
  en: string;
}

/** One line of the explanation: a gate (`passed`) or a criterion (`weight`, `contribution`). */
export class MatchExplanationLineDto {
  @IsIn([...MATCH_GATES, ...MATCH_CRITERIA])
  criterion: MatchGate | MatchCriterion;

  @IsIn(['gate', 'criterion'])
  kind: 'gate' | 'criterion';

  @IsOptional()
  @IsBoolean()
  passed?: boolean;

  @IsOptional()
  @IsNumber()
  weight?: number;

  @IsOptional()
  @IsNumber()
  contribution?: number;

  @ValidateNested()
  @Type(() => LocalisedTextDto)
  message: LocalisedTextDto;
}
