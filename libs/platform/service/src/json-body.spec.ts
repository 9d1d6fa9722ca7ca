import { DomainException, ErrorCode } from '@pollen/contracts';

import { JSON_MEDIA_TYPES, parseJsonBody } from './json-body';

const invalid = (text: string): DomainException => {
  try {
    parseJsonBody(text);
  } catch (error) {
    return error as DomainException;
  }
  throw new Error(`parsed ${JSON.stringify(text)}`);
};

describe('JSON request bodies', () => {
  it('reads objects and arrays, and an empty body as {}', () => {
    expect(parseJsonBody('{"a":[1,null]}')).toEqual({ a: [1, null] });
    expect(parseJsonBody(' \n[1]')).toEqual([1]);
    expect(parseJsonBody('')).toEqual({});
  });

  it.each([['"abc"'], ['42'], ['null'], ['{"a": '], ['   '], ['{"a":1}x']])('refuses %j as a 400', (text) => {
    const error = invalid(text);
    expect(error).toBeInstanceOf(DomainException);
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.message).toMatch(/^The request body is not valid JSON \(.+\)$/);
  });

  it('refuses a body nested deeper than 32 levels, naming where, however deep it goes', () => {
    const nested = (levels: number): string => `${'[{"a":'.repeat(levels / 2)}1${'}]'.repeat(levels / 2)}`;
    expect(parseJsonBody(nested(32))).toBeInstanceOf(Array);
    for (const levels of [34, 20_000]) {
      const error = invalid(nested(levels));
      expect(error.code).toBe(ErrorCode.ValidationFailed);
      expect(error.extras.errors).toEqual([
        { field: '0.a.'.repeat(16).slice(0, -1), code: 'maxDepth', message: expect.stringMatching(/32 levels$/) },
      ]);
    }
  });

  it.each([
    ['application/json', true],
    ['application/merge-patch+json', true],
    ['application/problem+json; charset=utf-8', true],
    ['application/vnd.pollen.v1+json', true],
    ['application/jsonx', false],
    ['text/json', false],
    ['application/x-www-form-urlencoded', false],
  ])('%s is read as JSON: %s', (contentType, json) => {
    const matches = JSON_MEDIA_TYPES.some((type) =>
      typeof type === 'string' ? contentType.split(';')[0] === type : type.test(contentType),
    );
    expect(matches).toBe(json);
  });
});
