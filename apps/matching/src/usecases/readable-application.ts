import { type Actor, isOperator } from '@pollen/contracts';

import type { ApplicationProjection } from '../domain/application-projection';
import { ApplicationNotFound } from '../errors';
import type { ApplicationProjectionStore } from '../repositories/application-projection.store';

/** The application, if the actor owns it or is an operator; 404 otherwise, as for none. */
export function readableApplication(
  projections: ApplicationProjectionStore,
  applicationId: string,
  actor: Actor,
): Promise<ApplicationProjection> {
  return applicationFor(
    projections,
    applicationId,
    (projection) => projection.ownerId === actor.id || isOperator(actor),
  );
}

/** The application, if the actor owns it: only its applicant answers an investor; 404 otherwise. */
export function ownedApplication(
  projections: ApplicationProjectionStore,
  applicationId: string,
  actor: Actor,
): Promise<ApplicationProjection> {
  return applicationFor(projections, applicationId, (projection) => projection.ownerId === actor.id);
}

async function applicationFor(
  projections: ApplicationProjectionStore,
  applicationId: string,
  allowed: (projection: ApplicationProjection) => boolean,
): Promise<ApplicationProjection> {
  const projection = await projections.findById(applicationId);
  if (!projection || !allowed(projection)) throw new ApplicationNotFound(applicationId);
  return projection;
}
