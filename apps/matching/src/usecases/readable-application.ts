import { type Actor, isOperator } from '@pollen/contracts';

import type { ApplicationProjection } from '../domain/application-projection';
import { ApplicationNotFound } from '../errors';
import type { ApplicationProjectionStore } from '../repositories/application-projection.store';

/** The application, if the actor owns it or is an operator; 404 otherwise, as for none. */
export async function readableApplication(
  projections: ApplicationProjectionStore,
  applicationId: string,
  actor: Actor,
): Promise<ApplicationProjection> {
  const projection = await projections.findById(applicationId);
  if (!projection || (projection.ownerId !== actor.id && !isOperator(actor))) {
    throw new ApplicationNotFound(applicationId);
  }
  return projection;
}
