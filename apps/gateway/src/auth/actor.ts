import type { Actor } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';

const ACTOR = Symbol('pollen.actor');
type WithActor = HttpRequest & { [ACTOR]?: Actor };

export function attachActor(request: HttpRequest, actor: Actor): void {
  (request as WithActor)[ACTOR] = actor;
}

/** Who is acting, as the AuthGuard established it from the access token. */
export function actorOf(request: HttpRequest): Actor {
  const actor = (request as WithActor)[ACTOR];
  if (!actor) throw new Error('actorOf() on a route the AuthGuard did not authenticate');
  return actor;
}

/** On public routes: the caller when a valid token came with the request. */
export function optionalActorOf(request: HttpRequest): Actor | undefined {
  return (request as WithActor)[ACTOR];
}
