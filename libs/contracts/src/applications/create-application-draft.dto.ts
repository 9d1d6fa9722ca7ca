import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import type { EngagementDimension } from '../investors/codes';
import { EngagementDimensionList, SdgList } from '../validation/code-lists';
import { IsSiren } from '../validation/siren';
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
} from './codes';
import { CONSENT_NOTICE_VERSIONS, type ConsentNoticeVersion } from './consent-notice';

const MAX_CENTS = 1_000_000_000_00; // one billion euros

/** The ESUS agrément: a dated credential (docs/domain.md). */
export class EsusDto {
  /** Whether the organisation holds the ESUS agrément. */
  @IsBoolean()
  certified: boolean;

  /** Last day the agrément is valid (YYYY-MM-DD). */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  expiresOn?: string;
}

export class OrganisationDto {
  /** The organisation's name as registered. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  /** 9-digit company number with its Luhn check digit. */
  @IsSiren()
  siren: string;

  /** Legal form code: association, scop, scic, sas, sarl, sa, foundation, mutual, other. */
  @IsOptional()
  @IsIn(LEGAL_FORMS)
  legalForm?: LegalForm;

  /** ISO 3166-2:FR region code (FR-IDF, FR-ARA, … FR-976). */
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  /** A commercial company whose statutes follow the ESS law. */
  @IsOptional()
  @IsBoolean()
  essCompany?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => EsusDto)
  esus?: EsusDto;
}

export class ProjectDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  /** What the project does, shown to investors and kept with the application's events: it describes the project, not people (no names, e-mails or phones; contacts go in the introduction). */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  /** Impact area codes: inclusion, disability, civic-engagement, food-waste, environment, … */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsIn(IMPACT_AREAS, { each: true })
  impactAreas?: ImpactArea[];

  /** France Active's engagement dimensions the project works on: job-creation, ecology, … */
  @EngagementDimensionList()
  engagementDimensions?: EngagementDimension[];

  /** UN Sustainable Development Goals the project serves, 1 to 17. */
  @SdgList()
  sdgs?: number[];

  /** idea, seed, growth or scale. */
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;

  /** People the project serves. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  beneficiaries?: number;

  /** Total cost of the project, in euro cents. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  totalCostCents?: number;
}

export class FundingRequestDto {
  /** Amount requested, in euro cents. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CENTS)
  amountCents?: number;

  /** grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
  @IsOptional()
  @IsIn(INSTRUMENTS)
  instrument?: Instrument;

  /** What the money pays for, as the agreements state it: like the summary, it names no person. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(360)
  durationMonths?: number;
}

/** The applicant's answer to the consent notice (`consent-notice.ts`): shown to investors or not. */
export class ConsentsDto {
  /** Whether the application may be shown to vetted investors while it is eligible. */
  @IsBoolean()
  shareWithInvestors: boolean;

  /** The version of the notice the applicant was shown (GET it from the catalogue: 2026-12-01). */
  @IsIn(CONSENT_NOTICE_VERSIONS)
  noticeVersion: ConsentNoticeVersion;
}

/** Body of `POST /v1/applications`: a draft needs only the programme, the name and the SIREN. */
export class CreateApplicationDraftDto {
  /** The programme (call for applications) applied to. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  programmeId: string;

  @ValidateNested()
  @Type(() => OrganisationDto)
  organisation: OrganisationDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectDto)
  project?: ProjectDto;

  @IsOptional()
  @ValidateNested()
  @Type(() => FundingRequestDto)
  request?: FundingRequestDto;

  /** Consent to be shown to investors; absent: not given. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentsDto)
  consents?: ConsentsDto;
}
