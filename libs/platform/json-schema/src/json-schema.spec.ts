import {
  ApplicationSubmittedData,
  CreateApplicationDraftDto,
  IMPACT_AREAS,
  INSTRUMENTS,
  InvestorProfileDto,
  isValidSiren,
  LEGAL_FORMS,
  REGIONS,
} from '@pollen/contracts';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, registerDecorator, ValidateNested } from 'class-validator';

import { schemaOf, schemasOf } from './json-schema';

describe('schemasOf', () => {
  const sut = schemasOf([CreateApplicationDraftDto]);
  const propertiesOf = (name: string) => sut.get(name)?.properties ?? {};

  it('gives the class and every class it nests, by name', () => {
    expect([...sut.keys()]).toEqual([
      'ConsentsDto',
      'CreateApplicationDraftDto',
      'EsusDto',
      'FundingRequestDto',
      'OrganisationDto',
      'ProjectDto',
    ]);
    expect(propertiesOf('CreateApplicationDraftDto')['organisation']).toEqual({
      $ref: '#/components/schemas/OrganisationDto',
    });
    expect(propertiesOf('OrganisationDto')['esus']).toEqual({ $ref: '#/components/schemas/EsusDto' });
  });

  it('gives an @IsDefined nested class its bare $ref, required, and describes a rule across two fields', () => {
    const investor = schemasOf([InvestorProfileDto]);

    expect(investor.get('InvestorProfileDto')?.properties?.['contact']).toEqual({
      $ref: '#/components/schemas/ContactDto',
    });
    expect(investor.get('InvestorProfileDto')?.required).toEqual(expect.arrayContaining(['contact', 'thesis']));
    expect(investor.get('InvestmentThesisDto')?.properties?.['ticketMaxCents']).toMatchObject({
      type: 'integer',
      description: expect.stringContaining('ticketMinCents'),
    });
  });

  it('requires exactly the fields that are not @IsOptional', () => {
    expect(sut.get('CreateApplicationDraftDto')?.required).toEqual(['programmeId', 'organisation']);
    expect(sut.get('OrganisationDto')?.required).toEqual(['name', 'siren']);
    expect(sut.get('ProjectDto')?.required).toBeUndefined();
  });

  it('says what a SIREN is, as far as a pattern can', () => {
    const siren = propertiesOf('OrganisationDto')['siren'];

    expect(siren).toMatchObject({ type: 'string', pattern: '^\\d{9}$' });
    expect(siren.description).toContain('Luhn');
    // The pattern admits every valid SIREN; only the checksum is left to the description.
    expect(new RegExp(siren.pattern ?? '').test('732829320')).toBe(isValidSiren('732829320'));
    expect(new RegExp(siren.pattern ?? '').test('73282932')).toBe(false);
  });

  it('lists the allowed codes of @IsIn, on single values and on each item of an array', () => {
    expect(propertiesOf('OrganisationDto')['legalForm']).toEqual({ type: 'string', enum: LEGAL_FORMS });
    expect(propertiesOf('OrganisationDto')['region']).toEqual({ type: 'string', enum: REGIONS });
    expect(propertiesOf('FundingRequestDto')['instrument']).toEqual({ type: 'string', enum: INSTRUMENTS });
    expect(propertiesOf('ProjectDto')['impactAreas']).toEqual({
      type: 'array',
      items: { type: 'string', enum: IMPACT_AREAS },
      maxItems: 12,
      uniqueItems: true,
    });
  });

  it('keeps bounds and lengths, with integers as integers', () => {
    expect(propertiesOf('FundingRequestDto')['durationMonths']).toEqual({ type: 'integer', maximum: 360, minimum: 1 });
    expect(propertiesOf('FundingRequestDto')['amountCents']).toEqual({
      type: 'integer',
      maximum: 100_000_000_000,
      minimum: 1,
    });
    expect(propertiesOf('ProjectDto')['beneficiaries']).toEqual({ type: 'integer', maximum: 100_000_000, minimum: 0 });
    expect(propertiesOf('CreateApplicationDraftDto')['programmeId']).toEqual({
      type: 'string',
      maxLength: 64,
      minLength: 1,
    });
  });

  it('keeps a date pattern next to the ISO 8601 formats, either of which may match', () => {
    expect(propertiesOf('EsusDto')['expiresOn']).toEqual({
      type: 'string',
      anyOf: [
        { type: 'string', format: 'date' },
        { type: 'string', format: 'date-time' },
      ],
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
  });

  it('lists inherited fields first, in the order the classes declare them', () => {
    const names = Object.keys(schemaOf(ApplicationSubmittedData).properties ?? {});

    expect(names.slice(0, 3)).toEqual(['applicationId', 'programmeId', 'ownerId']);
    expect(names.at(-1)).toBe('submittedAt');
  });

  it('makes bounds integers whatever order the decorators are written in', () => {
    class BoundsFirst {
      @Max(9)
      @Min(1)
      @IsInt()
      count: number;
    }

    expect(schemaOf(BoundsFirst).properties?.['count']).toEqual({ type: 'integer', maximum: 9, minimum: 1 });
  });

  it('refuses a custom validator it cannot express, rather than drop it', () => {
    class WithPalindrome {
      @((target: object, property: string | symbol) =>
        registerDecorator({
          name: 'isPalindrome',
          target: target.constructor,
          propertyName: String(property),
          validator: { validate: (value: unknown) => typeof value === 'string' },
        }))
      word: string;
    }

    expect(() => schemaOf(WithPalindrome)).toThrow(/WithPalindrome\.word: the custom validator "isPalindrome"/);
  });

  it('refuses two different nested classes with one name, since $refs name classes', () => {
    const twin = () => {
      class Twin {
        @IsInt()
        n: number;
      }
      return Twin;
    };
    const [First, Second] = [twin(), twin()];
    class Parent {
      @ValidateNested()
      @Type(() => First)
      first: InstanceType<typeof First>;

      @ValidateNested()
      @Type(() => Second)
      second: InstanceType<typeof Second>;
    }

    expect(() => schemasOf([Parent])).toThrow('two different classes are both named Twin');
  });
});
