import { CreateApplicationDraftDto } from '@pollen/contracts';
import { schemasOf } from '@pollen/platform/json-schema';

import { constraintsOf, fieldRows, typeOf } from './fields';

describe('fieldRows', () => {
  const schemas = schemasOf([CreateApplicationDraftDto]);
  const sut = fieldRows(schemas.get('CreateApplicationDraftDto') ?? {}, schemas);
  const row = (name: string) => sut.find((candidate) => candidate.name === name);

  it('spells out nested classes as dotted paths, required within their parent', () => {
    expect(row('organisation')).toEqual({
      name: 'organisation',
      type: 'OrganisationDto',
      required: true,
      constraints: '',
    });
    expect(row('organisation.siren')).toMatchObject({ type: 'string', required: true });
    expect(row('organisation.esus.certified')).toMatchObject({ type: 'boolean', required: true });
    expect(row('project')).toMatchObject({ required: false });
  });

  it('says every rule in words', () => {
    expect(row('programmeId')?.constraints).toBe('at least 1 character; at most 64 characters');
    expect(row('request.durationMonths')?.constraints).toBe('≥ 1; ≤ 360');
    expect(row('organisation.esus.expiresOn')?.constraints).toBe(
      'format date or date-time; matches `^\\d{4}-\\d{2}-\\d{2}$`',
    );
    expect(row('project.impactAreas')?.constraints).toMatch(
      /^at most 12 items; no duplicates; each: one of `inclusion`, /,
    );
  });
});

describe('typeOf and constraintsOf', () => {
  it('reads arrays, references and alternatives', () => {
    expect(typeOf({ type: 'array', items: { type: 'integer' } })).toBe('integer[]');
    expect(typeOf({ type: 'array', items: { $ref: '#/components/schemas/FieldError' } })).toBe('FieldError[]');
    expect(typeOf({ oneOf: [{ type: 'string' }, { type: 'integer' }] })).toBe('string or integer');
  });

  it('keeps constants and exclusive bounds', () => {
    expect(constraintsOf({ const: true })).toBe('always `true`');
    expect(constraintsOf({ exclusiveMinimum: 0, multipleOf: 5 })).toBe('> 0; multiple of 5');
  });
});
