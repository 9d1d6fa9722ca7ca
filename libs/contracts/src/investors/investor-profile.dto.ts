import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
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
import { ContactDto } from '../messaging/contact.dto';
import { EngagementDimensionList, SdgList } from '../validation/code-lists';
import { IsSiren } from '../validation/siren';
import { type EngagementDimension, INVESTOR_KINDS, type InvestorKind } from './codes';

const MAX_CENTS = 1_000_000_000_00; // one billion euros
const notBlank = { message: '$property must not be blank' };

/** A number not below another field of the same object (that field's own rules report it when invalid). */
function NotBelow(field: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBelow',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [field],
      options: { message: `$property must not be below ${field}` },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[field];
          return typeof value !== 'number' || typeof other !== 'number' || value >= other;
        },
      },
    });
}

export class InvestorOrganisationDto {
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(200)
  name: string;

  /** 9-digit company number with its Luhn check digit, checked as applicants' are. */
  @IsOptional()
  @IsSiren()
  siren?: string;

  /** As the deal's agreements write it: « SAS », « fondation reconnue d’utilité publique », « société de capital-risque ». */
  @IsOptional()
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(100)
  legalForm?: string;
}

/** What the investor funds. Every list is a filter: an empty or absent list means "any". */
export class InvestmentThesisDto {
  /** grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(INSTRUMENTS, { each: true })
  instruments?: Instrument[];

  /** ISO 3166-2:FR region codes. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(REGIONS, { each: true })
  regions?: Region[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_FORMS, { each: true })
  legalForms?: LegalForm[];

  /** idea, seed, growth or scale. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(STAGES, { each: true })
  stages?: Stage[];

  /** Smallest ticket, in euro cents. */
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  ticketMinCents: number;

  /** Largest ticket, in euro cents: not below ticketMinCents. */
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  @NotBelow('ticketMinCents')
  ticketMaxCents: number;

  /** Only organisations holding the ESUS agrément. */
  @IsBoolean()
  esusRequired: boolean;

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(IMPACT_AREAS, { each: true })
  impactAreas?: ImpactArea[];

  /** job-creation, territorial-development, ecology, social-link, democratic-governance. */
  @EngagementDimensionList()
  engagementDimensions?: EngagementDimension[];

  /** UN Sustainable Development Goals, 1 to 17. */
  @SdgList()
  sdgs?: number[];
}

/** An investor's profile and thesis, validated as a whole after each merge patch. */
export class InvestorProfileDto {
  @IsDefined()
  @ValidateNested()
  @Type(() => InvestorOrganisationDto)
  organisation: InvestorOrganisationDto;

  /** business-angel, impact-fund, foundation, public-funder, bank or corporate-partner. */
  @IsIn(INVESTOR_KINDS)
  kind: InvestorKind;

  @IsDefined()
  @ValidateNested()
  @Type(() => ContactDto)
  contact: ContactDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => InvestmentThesisDto)
  thesis: InvestmentThesisDto;

  /** Matches the investor is willing to move to "interested" per calendar month (Europe/Paris). */
  @IsInt()
  @Min(0)
  @Max(1000)
  capacityPerMonth: number;

  /** false: the investor pauses, and is shown nothing. */
  @IsBoolean()
  active: boolean;
}
