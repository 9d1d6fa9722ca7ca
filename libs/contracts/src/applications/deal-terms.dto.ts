import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/**
 * The terms a committee sets beside the amount, which the instrument's agreement states. Each
 * applies to some instruments only (TERMS_OF_INSTRUMENT); one that does not is refused.
 */
export class DealTermsDto {
  /** A loan's yearly interest rate, or the fixed part of titres participatifs' remuneration (default 0). */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 })
  @Min(0)
  @Max(10)
  annualRatePercent?: number;

  /** Months before a loan's principal is repaid (default 0). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  graceMonths?: number;

  /** The share of the guaranteed loan's loss the guarantee covers (default: up to the amount only). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  guaranteedSharePercent?: number;

  /** BSA AIR: the discount on the next round's price. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(50)
  discountPercent?: number;

  /** BSA AIR: the valuation cap, in euro cents. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000_000)
  valuationCapCents?: number;
}
