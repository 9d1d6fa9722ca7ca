import { managementPort, servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import {
  IsInt,
  Max,
  Min,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

import { DEFAULT_WEIGHTS } from '../domain/matcher/criteria';
import type { MatchPolicy } from '../domain/matcher/evaluate';

const WEIGHTS = [
  'MATCH_WEIGHT_IMPACT_AREAS',
  'MATCH_WEIGHT_ENGAGEMENT_DIMENSIONS',
  'MATCH_WEIGHT_SDGS',
  'MATCH_WEIGHT_STAGE_FIT',
  'MATCH_WEIGHT_TICKET_POSITION',
  'MATCH_WEIGHT_CAPACITY',
] as const;

/** Weights scale to 100: they cannot all be 0. */
@ValidatorConstraint({ name: 'someWeight' })
class SomeWeight implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return WEIGHTS.some((name) => Number((args.object as Record<string, unknown>)[name]) > 0);
  }

  defaultMessage(): string {
    return `${WEIGHTS.join(', ')} must not all be 0`;
  }
}

/** The matching service's environment (see ServiceEnv for the shared variables). */
export class MatchingConfig extends ServiceEnv {
  override PORT = servicePort('matching');
  override MANAGEMENT_PORT = managementPort('matching');
  override MONGODB_DATABASE = 'pollen-matching';

  /** A thesis through every gate is proposed from this score (0–100) on (docs/matching.md). */
  @IsInt()
  @Min(0)
  @Max(100)
  @Validate(SomeWeight)
  MATCH_THRESHOLD: number = 60;

  private policy?: MatchPolicy;

  // Each criterion's weight; the score scales them to add up to 100.
  @IsInt() @Min(0) @Max(100) MATCH_WEIGHT_IMPACT_AREAS: number = DEFAULT_WEIGHTS['impact-areas'];
  @IsInt() @Min(0) @Max(100) MATCH_WEIGHT_ENGAGEMENT_DIMENSIONS: number = DEFAULT_WEIGHTS['engagement-dimensions'];
  @IsInt() @Min(0) @Max(100) MATCH_WEIGHT_SDGS: number = DEFAULT_WEIGHTS.sdgs;
  @IsInt() @Min(0) @Max(100) MATCH_WEIGHT_STAGE_FIT: number = DEFAULT_WEIGHTS['stage-fit'];
  @IsInt() @Min(0) @Max(100) MATCH_WEIGHT_TICKET_POSITION: number = DEFAULT_WEIGHTS['ticket-position'];
  @IsInt() @Min(0) @Max(100) MATCH_WEIGHT_CAPACITY: number = DEFAULT_WEIGHTS.capacity;

  /** One object per config, so that the scaled weights are computed once. */
  get matchPolicy(): MatchPolicy {
    return (this.policy ??= {
      threshold: this.MATCH_THRESHOLD,
      weights: {
        'impact-areas': this.MATCH_WEIGHT_IMPACT_AREAS,
        'engagement-dimensions': this.MATCH_WEIGHT_ENGAGEMENT_DIMENSIONS,
        sdgs: this.MATCH_WEIGHT_SDGS,
        'stage-fit': this.MATCH_WEIGHT_STAGE_FIT,
        'ticket-position': this.MATCH_WEIGHT_TICKET_POSITION,
        capacity: this.MATCH_WEIGHT_CAPACITY,
      },
    });
  }
}
