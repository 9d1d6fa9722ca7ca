import type { KeyObject } from 'node:crypto';

import { isRequestType, type RequestEnvelope, Requests, systemActorOf } from '@pollen/contracts';

import { PoisonMessageError } from '../inbound-message';
import { hasGenuineSignature } from './actor-signature';

/**
 * Decides whether a service may act for a request's actor (ADR 0018), before anything else looks at
 * the request: a user's actor only with the gateway's signature; a service's own system actor
 * unsigned, only on a request the catalogue lets that service send (`senders`), whose topic only
 * its senders may write once ACLs are on.
 */
export class ActorVerifier {
  constructor(private readonly publicKeys: readonly KeyObject[]) {}

  /** Throws a `forged-actor` poison error, which dead-letters the request unanswered. */
  assertGenuine(request: RequestEnvelope): void {
    const problem = this.problemOf(request);
    if (!problem) return;
    const roles = request.actor.roles.length > 0 ? request.actor.roles.join(', ') : 'no role';
    throw new PoisonMessageError(
      'forged-actor',
      `${problem}: ${request.type} from "${request.source}" acting as "${request.actor.id}" (${roles})`,
    );
  }

  private problemOf(request: RequestEnvelope): string | undefined {
    if (request.actorSignature !== undefined) {
      return hasGenuineSignature(request, this.publicKeys)
        ? undefined
        : 'the actor signature is not the gateway’s, or the request was altered after signing';
    }
    return sentByItsService(request) ? undefined : 'the actor is not signed';
  }
}

/** An unsigned request as RequestSender writes it: its sender is named by the catalogue and acts as itself. */
function sentByItsService(request: RequestEnvelope): boolean {
  if (!isRequestType(request.type)) return false;
  const senders: readonly string[] = Requests[request.type].senders ?? [];
  if (!senders.includes(request.source)) return false;
  const system = systemActorOf(request.source);
  return request.actor.id === system.id && request.actor.roles.length === 0;
}
