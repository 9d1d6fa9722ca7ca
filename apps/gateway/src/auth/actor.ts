import type { Actor } from '@pollen/contracts';
import type { Request } from 'express';

const ACTOR = Symbol('pollen.actor');
type WithActor = Request & { [ACTOR]?: Actor };

export function attachActor(request: Request, actor: Actor): void {
  (request as WithActor)[ACTOR] = actor;
}

/** Who is acting, as the AuthGuard established it from the access token. */
export function actorOf(request: Request): Actor {
  const actor = (request as WithActor)[ACTOR];
  if (!actor) throw new Error('actorOf() on a route the AuthGuard did not authenticate');
  return actor;
}

/** On public routes: the caller when a valid token came with the request. */
export function optionalActorOf(request: Request): Actor | undefined {
  return (request as WithActor)[ACTOR];
}
