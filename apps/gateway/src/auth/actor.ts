import type { Actor } from '@pollen/contracts';
import type { Request } from 'express';

/**
 * Who is acting. Accounts and tokens arrive with the applicant-journey issue (#3): until then
 * every caller is the same anonymous applicant, and this is the one place that changes.
 */
export function actorOf(_request: Request): Actor {
  return { id: 'anonymous', roles: ['applicant'] };
}
