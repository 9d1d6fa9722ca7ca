import { ErrorCode } from '@pollen/contracts';

import { httpStatusOf, problemOf } from './problem-details';

describe('problem details', () => {
  it.each([
    [ErrorCode.ValidationFailed, 400],
    [ErrorCode.Unauthenticated, 401],
    [ErrorCode.Forbidden, 403],
    [ErrorCode.NotFound, 404],
    [ErrorCode.Conflict, 409],
    [ErrorCode.PreconditionFailed, 412],
    [ErrorCode.PayloadTooLarge, 413],
    [ErrorCode.UnsupportedMediaType, 415],
    [ErrorCode.Unprocessable, 422],
    [ErrorCode.PreconditionRequired, 428],
    [ErrorCode.TooManyRequests, 429],
    [ErrorCode.Unavailable, 503],
    [ErrorCode.Internal, 500],
  ])('maps %s to %i', (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });

  it('carries the reason code, when there is one, as `code`', () => {
    const problem = problemOf(ErrorCode.Conflict, 'You already have a draft', {
      reason: 'application.duplicate-active',
    });
    expect(problem).toMatchObject({
      status: 409,
      code: 'application.duplicate-active',
      type: 'https://pollen.dev/problems/conflict',
    });
  });

  it('builds an RFC 9457 body with field errors and extensions', () => {
    const problem = problemOf(ErrorCode.Conflict, 'You already have a draft', {
      instance: '/v1/applications',
      details: { existingId: 'app-1' },
      errors: [{ field: 'organisation.siren', code: 'isSiren', message: 'bad' }],
    });
    expect(problem).toEqual({
      type: 'https://pollen.dev/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'You already have a draft',
      code: 'conflict',
      instance: '/v1/applications',
      existingId: 'app-1',
      errors: [{ field: 'organisation.siren', code: 'isSiren', message: 'bad' }],
    });
  });
});
