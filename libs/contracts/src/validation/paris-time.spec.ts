import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { CreateProgrammeDto } from '../programmes/programme.dto';
import { lacksOffset, OFFSET_REQUIRED_PATTERN, parisDayEdge, parisMonthStart, parisTimeOn } from './paris-time';

describe('parisDayEdge', () => {
  it.each([
    ['a winter day', '2026-01-15', '2026-01-14T23:00:00.000Z', '2026-01-15T22:59:59.999Z'],
    ['a summer day', '2026-07-14', '2026-07-13T22:00:00.000Z', '2026-07-14T21:59:59.999Z'],
    // Clocks go forward at 02:00: the day starts in winter time and ends in summer time.
    ['the spring switch day', '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
    // Clocks go back at 03:00: the day starts in summer time and ends in winter time.
    ['the autumn switch day', '2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z'],
    ['the day before the spring switch', '2026-03-28', '2026-03-27T23:00:00.000Z', '2026-03-28T22:59:59.999Z'],
    ['the day after the autumn switch', '2026-10-26', '2026-10-25T23:00:00.000Z', '2026-10-26T22:59:59.999Z'],
  ])('reads %s as 00:00 and 23:59:59.999 Paris time', (_day, date, start, end) => {
    expect(parisDayEdge(date, 'start')).toBe(start);
    expect(parisDayEdge(date, 'end')).toBe(end);
  });

  it('reads only real calendar dates', () => {
    expect(parisDayEdge('2026-02-30', 'start')).toBeUndefined();
    expect(parisDayEdge('2026-03-01T10:00:00Z', 'start')).toBeUndefined();
    expect(parisDayEdge('2026-060', 'end')).toBeUndefined();
  });
});

describe('lacksOffset', () => {
  it.each([
    ['2026-03-01T10:00:00', true],
    ['2026-03-01T10:00', true],
    ['2026-03-01 10:00:00.000', true],
    ['2026-060', true],
    ['2026-03-01T10:00:00+01', true],
    ['2026-03-01T10:00:00Z', false],
    ['2026-03-01T10:00:00.123+01:00', false],
    ['2026-03-01T10:00:00-0230', false],
    ['2026-03-01', false],
    ['not a date', false], // @IsISO8601's to refuse
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(lacksOffset(value)).toBe(expected);
    if (typeof value === 'string' && value !== 'not a date') {
      expect(new RegExp(OFFSET_REQUIRED_PATTERN).test(value)).toBe(!expected);
    }
  });
});

describe('CreateProgrammeDto deadlines', () => {
  const body = {
    title: 'Prêt d’honneur',
    description: 'Prêt à taux zéro',
    operatorName: 'Réseau démo',
    kind: 'honour-loan',
    opensAt: '2026-03-29',
    closesAt: '2026-10-25',
    budgetCents: 1_000,
    eligibility: {},
  };
  const read = (plain: object) => {
    const instance = plainToInstance(CreateProgrammeDto, plain);
    const codes = validateSync(instance).flatMap((error) =>
      Object.keys(error.constraints ?? {}).map((code) => `${error.property}:${code}`),
    );
    return { instance, codes };
  };

  it('resolves bare dates to the start and end of those days in Paris', () => {
    const { instance, codes } = read(body);

    expect(codes).toEqual([]);
    expect(instance.opensAt).toBe('2026-03-28T23:00:00.000Z');
    expect(instance.closesAt).toBe('2026-10-25T22:59:59.999Z');
  });

  it('keeps a date-time with its offset as sent', () => {
    const { instance, codes } = read({ ...body, opensAt: '2026-03-01T09:30:00+01:00', closesAt: '2026-06-30T12:00Z' });

    expect(codes).toEqual([]);
    expect(instance.opensAt).toBe('2026-03-01T09:30:00+01:00');
    expect(instance.closesAt).toBe('2026-06-30T12:00Z');
  });

  it('refuses a date-time without an offset with offsetRequired, and nothing else', () => {
    expect(read({ ...body, opensAt: '2026-03-01T09:30:00', closesAt: '2026-06-30T23:59' }).codes).toEqual([
      'opensAt:offsetRequired',
      'closesAt:offsetRequired',
    ]);
  });

  it('leaves what is not a date to @IsISO8601', () => {
    expect(read({ ...body, closesAt: 'tomorrow' }).codes).toEqual(['closesAt:isIso8601']);
  });
});

describe('parisMonthStart', () => {
  it.each([
    ['2026-12-01T00:30:00Z', '2026-11-30T23:00:00.000Z'], // already 1 December in Paris (winter, UTC+1)
    ['2026-11-30T22:59:59Z', '2026-10-31T23:00:00.000Z'], // still November in Paris
    ['2026-07-15T12:00:00Z', '2026-06-30T22:00:00.000Z'], // summer time (UTC+2)
    ['2026-04-01T00:00:00Z', '2026-03-31T22:00:00.000Z'], // the first month of summer time
  ])('%s falls in the Paris month that began at %s', (at, start) => {
    expect(parisMonthStart(new Date(at)).toISOString()).toBe(start);
  });
});

describe('parisTimeOn', () => {
  it('reads a wall-clock time in Paris, in winter and in summer', () => {
    expect(parisTimeOn('2026-12-02', '08:00').toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(parisTimeOn('2026-07-14', '08:00').toISOString()).toBe('2026-07-14T06:00:00.000Z');
    expect(parisTimeOn('2026-03-29', '00:30').toISOString()).toBe('2026-03-28T23:30:00.000Z');
  });
});
