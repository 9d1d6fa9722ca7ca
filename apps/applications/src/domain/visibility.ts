import { type Actor, isOperator } from '@pollen/contracts';

import { ApplicationNotFound } from '../errors';
import type { ApplicationStore } from '../repositories/application.store';
import type { Application } from './application';

/** Owners see their own applications, operators see all; anyone else gets 404, never 403. */
export async function findVisible(store: ApplicationStore, id: string, actor: Actor): Promise<Application> {
  const application = await store.findById(id);
  if (!application || (application.ownerId !== actor.id && !isOperator(actor))) throw new ApplicationNotFound(id);
  return application;
}

/** Only the owner acts on their application (operators decide, they do not edit or submit). */
export async function findOwned(store: ApplicationStore, id: string, actor: Actor): Promise<Application> {
  const application = await store.findById(id);
  if (!application || application.ownerId !== actor.id) throw new ApplicationNotFound(id);
  return application;
}
