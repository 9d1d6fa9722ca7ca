import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { LOCALES } from '../accounts/account.dto';
import { type Instrument, INSTRUMENTS } from '../applications/codes';
import { PageQueryDto } from '../messaging/page-query.dto';
import type { Locale } from '../messaging/request-reply';
import { TEMPLATE_STATUSES, type TemplateStatus } from './codes';

const notBlank = { message: '$property must not be blank' };

/** The most a template's body may hold, in bytes (its characters are checked here, its bytes at publishing). */
export const TEMPLATE_BODY_MAX_BYTES = 200 * 1024;

/**
 * The most a request carrying a version's bodies may hold (both bodies, the schema and texts):
 * above the API's 100 kB, and below what one Kafka message carries (1 MB) with its envelope.
 */
export const TEMPLATE_REQUEST_MAX_BYTES = 512 * 1024;

/** A title in both languages: both locales are published together. */
export class TemplateTitleDto {
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(200)
  fr: string;

  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(200)
  en: string;
}

export class TemplateDescriptionDto {
  @IsString()
  @MaxLength(2000)
  fr: string;

  @IsString()
  @MaxLength(2000)
  en: string;
}

/** The Liquid bodies, each outputting the restricted HTML (docs/legal-templates.md). */
export class TemplateBodiesDto {
  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(TEMPLATE_BODY_MAX_BYTES)
  fr: string;

  @IsString()
  @Matches(/\S/, notBlank)
  @MaxLength(TEMPLATE_BODY_MAX_BYTES)
  en: string;
}

/** What a draft version holds, whole: the merge patch of a draft is validated against it. */
export class TemplateVersionContentDto {
  @IsDefined()
  @ValidateNested()
  @Type(() => TemplateTitleDto)
  title: TemplateTitleDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => TemplateDescriptionDto)
  description: TemplateDescriptionDto;

  /** The instruments whose deals it serves: grant, honour-loan, loan, equity, quasi-equity, guarantee or support. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(INSTRUMENTS, { each: true })
  instruments: Instrument[];

  /** A JSON Schema (draft-07) of an object: its properties are the variables the bodies read. */
  @IsObject()
  schema: Record<string, unknown>;

  @IsDefined()
  @ValidateNested()
  @Type(() => TemplateBodiesDto)
  bodies: TemplateBodiesDto;
}

/** A semantic version: 1.0.0, 2.1.3. */
export const SEMVER = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

/** Body of `POST /v1/legal-templates/{key}/versions`: a new draft version. */
export class CreateTemplateVersionDto extends TemplateVersionContentDto {
  @IsString()
  @Matches(SEMVER, { message: '$property must be a semantic version (1.0.0)' })
  version: string;
}

/** Body of `POST /v1/legal-templates`: a new key with its first draft version. */
export class CreateLegalTemplateDto extends CreateTemplateVersionDto {
  /** Lowercase words joined by dashes: `convention-de-subvention`. */
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '$property must be lowercase words joined by dashes' })
  @MaxLength(80)
  key: string;
}

/** Body of `POST …/versions/{version}/preview`. */
export class PreviewTemplateDto {
  @IsIn(LOCALES)
  locale: Locale;

  /** Checked against the version's schema; every invalid field is listed in one 422. */
  @IsObject()
  variables: Record<string, unknown>;
}

/** Query of `GET /v1/legal-templates`: the newest versions first. */
export class LegalTemplateQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(INSTRUMENTS)
  instrument?: Instrument;

  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  /** Operators only: applicants and investors read published versions (403 otherwise). */
  @IsOptional()
  @IsIn(TEMPLATE_STATUSES)
  status?: TemplateStatus;
}
