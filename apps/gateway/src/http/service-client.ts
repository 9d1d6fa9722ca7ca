import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Actor, RequestDataOf, RequestResultOf, RequestType } from '@pollen/contracts';
import { type HttpRequest, localeOf, receivedAtOf } from '@pollen/platform/http';
import { RequestReplyClient } from '@pollen/platform/kafka';

import { optionalActorOf } from '../auth/actor';
import { idempotentIdOf } from './idempotency';

/** Who asks on a public route when nobody signed in. */
const ANONYMOUS: Actor = { id: 'anonymous', roles: [] };

/**
 * The one way the gateway calls a service: the request type names the owner, the data's type and
 * the result's type (all from the catalogue); the HTTP request gives the actor and the language.
 */
@Injectable()
export class ServiceClient {
  constructor(private readonly requests: RequestReplyClient) {}

  /**
   * `subject` is the message key: the aggregate the request is about, so it has one writer. With
   * an Idempotency-Key, the request's id is derived from it (a retry is the same request to the
   * service), unless `fresh`: for a request the service answers idempotently by itself, whose
   * retry must run again (a budget hold that lapsed is taken anew).
   */
  ask<T extends RequestType>(
    http: HttpRequest,
    type: T,
    subject: string,
    data: RequestDataOf<T>,
    options: { fresh?: boolean } = {},
  ): Promise<RequestResultOf<T>> {
    return this.requests.request(type, {
      subject,
      data,
      // The AuthGuard denies by default: here the actor is set on every route but public ones.
      actor: optionalActorOf(http) ?? ANONYMOUS,
      locale: localeOf(http.headers['accept-language']),
      // One deadline per HTTP request: what rate limiting, idempotency and earlier asks spent counts.
      startedAt: receivedAtOf(http),
      id: options.fresh ? undefined : idempotentIdOf(http, type),
    });
  }

  /**
   * The id of the aggregate a create names: derived from the Idempotency-Key when there is one, so
   * a retry after a lost answer finds the first result instead of creating a second one.
   */
  newId(http: HttpRequest): string {
    return idempotentIdOf(http, 'new-aggregate') ?? randomUUID();
  }
}
