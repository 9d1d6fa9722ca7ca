import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@pollen/platform/http';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid body: `errors` lists every invalid field as {field, code, message}',
  401: 'Missing or invalid access token',
  403: 'The role may not do this',
  404: 'Not found, or not yours',
  409: 'Conflicts with the current state',
  412: 'The ETag in If-Match is stale',
  422: 'Valid, but not possible now',
  428: 'If-Match is required',
  503: 'The owning service did not answer in time; retry after `Retry-After` seconds',
};

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** Documents the RFC 9457 problem responses a route may answer. */
export function ApiProblems(...statuses: number[]): MethodDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
      }),
    ),
  );
}
