import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  IMPACT_AREAS,
  type ImpactArea,
  type Instrument,
  INSTRUMENTS,
  LEGAL_FORMS,
  type LegalForm,
  type Region,
  REGIONS,
  type Stage,
  STAGES,
} from '../applications/codes';
import { PageQueryDto } from '../messaging/page-query.dto';
import { OffsetRequired, ParisDay } from '../validation/paris-time';
import { IsSiren } from '../validation/siren';

const MAX_CENTS = 1_000_000_000_00;

/** Who may apply. An empty or missing list means "any". */
export class EligibilityRulesDto {
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_FORMS, { each: true })
  legalForms?: LegalForm[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(REGIONS, { each: true })
  regions?: Region[];

  /** The project must share at least one of these. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(IMPACT_AREAS, { each: true })
  impactAreas?: ImpactArea[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(STAGES, { each: true })
  stages?: Stage[];

  /** Only holders of a valid ESUS agrément. */
  @IsOptional()
  @IsBoolean()
  esusRequired?: boolean;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  minAmountCents?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  maxAmountCents?: number;
}

/** One instalment of a programme's grant or loan: what share is paid, when, on what condition. */
export class ProgrammeTrancheDto {
  @IsInt()
  @Min(1)
  @Max(100)
  sharePercent: number;

  /** Months after the agreement is signed (0: at signature). */
  @IsInt()
  @Min(0)
  @Max(120)
  monthsAfterSigning: number;

  /** As the agreement states it: « à la signature », « sur compte rendu intermédiaire ». */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  condition: string;
}

/** Body of `POST /v1/programmes` (operators). */
export class CreateProgrammeDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  description: string;

  /** The organisation running the call (a region, a foundation, a fund…). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  operatorName: string;

  /** The operator's SIREN, named in the agreements the programme's funding makes. */
  @IsOptional()
  @IsSiren()
  operatorSiren?: string;

  /** The operator's legal form, as an agreement writes it: « collectivité territoriale », « fondation reconnue d’utilité publique ». */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  operatorLegalForm?: string;

  /** The instrument this programme gives: grant, honour-loan, loan, equity, quasi-equity, guarantee, support. */
  @IsIn(INSTRUMENTS)
  kind: Instrument;

  /**
   * When applications may be submitted from: a date-time with its offset, or a date (YYYY-MM-DD),
   * read as 00:00 Paris time that day. Stored and answered as an instant.
   */
  @ParisDay('start')
  @IsISO8601({ strict: true })
  @OffsetRequired()
  opensAt: string;

  /**
   * The deadline: a submission accepted at or after it is refused. A date-time with its offset, or a
   * date (YYYY-MM-DD), read as 23:59:59.999 Paris time that day. Stored and answered as an instant.
   */
  @ParisDay('end')
  @IsISO8601({ strict: true })
  @OffsetRequired()
  closesAt: string;

  /** The whole envelope, in euro cents. */
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  budgetCents: number;

  /** The largest share (0..1) of a project's total cost the programme pays (co-financing). */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  maxShareOfCost?: number;

  /**
   * How the agreements of the programme's funding pay the amount, in instalments whose shares add
   * up to 100; absent: all of it at signature.
   */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ProgrammeTrancheDto)
  tranches?: ProgrammeTrancheDto[];

  @ValidateNested()
  @Type(() => EligibilityRulesDto)
  eligibility: EligibilityRulesDto;
}

/** Query of `GET /v1/programmes`. */
export class ListProgrammesQueryDto extends PageQueryDto {
  /** open (default): accepting applications now; all: every programme. */
  @IsOptional()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';

  @IsOptional()
  @IsIn(INSTRUMENTS)
  kind?: Instrument;

  /** Programmes open to organisations of this region. */
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  /** Programmes interested in this impact area. */
  @IsOptional()
  @IsIn(IMPACT_AREAS)
  impactArea?: ImpactArea;
}

/** A programme as anyone sees it. */
export class ProgrammeView {
  id: string;
  title: string;
  description: string;
  operatorName: string;
  operatorSiren?: string;
  operatorLegalForm?: string;
  kind: Instrument;
  opensAt: string;
  closesAt: string;
  budgetCents: number;
  maxShareOfCost?: number;
  tranches?: ProgrammeTrancheDto[];
  eligibility: EligibilityRulesDto;
  /** open: accepting submissions now; upcoming; closed. */
  status: 'upcoming' | 'open' | 'closed';
  /** Operators only: what decisions have spent, in euro cents. */
  committedCents?: number;
  /** Operators only: what holds keep for decisions being recorded (released after 10 minutes unconfirmed). */
  heldCents?: number;
  /** Operators only: `budgetCents` less committed and held. */
  remainingCents?: number;
  /**
   * Operators only, and only when true: a deadline stored before bare dates were read in Paris time
   * lies at exactly 00:00 UTC (a bare date read as UTC) and awaits confirmation. A PATCH naming that
   * deadline confirms it, with the same value, or corrects it.
   */
  deadlineReview?: true;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export class ProgrammePageView {
  items: ProgrammeView[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
