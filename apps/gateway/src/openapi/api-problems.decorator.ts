import { SetMetadata } from '@nestjs/common';

import type { ProblemCode } from './problems';

/** Where the document builder finds the codes a route declared. */
export const PROBLEM_CODES = 'pollen:openapi:problems';

/**
 * The RFC 9457 problems a route may answer, by their codes: a reason code, or a generic code when
 * no reason applies. The document builder (./openapi.ts) gives each status one response and each
 * code its own schema, and adds the codes every route of a kind shares: `auth.token-required` and
 * `auth.role-required` from the route's access rules, `validation-failed` and `payload-too-large`
 * for a body, `internal` everywhere.
 */
export const ApiProblems = (...codes: ProblemCode[]): MethodDecorator => SetMetadata(PROBLEM_CODES, codes);
