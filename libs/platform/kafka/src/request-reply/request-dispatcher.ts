import { Injectable, Logger } from '@nestjs/common';
import {
  DomainException,
  ErrorCode,
  Headers,
  isRequestType,
  type ReplyEnvelope,
  type ReplyError,
  type RequestEnvelope,
  type RequestOf,
  type RequestResultOf,
  Requests,
  type RequestTypeOn,
  Topics,
} from '@pollen/contracts';

import { ActorVerifier } from '../actor-signature/actor-verifier';
import { type InboundMessage, PoisonMessageError } from '../inbound-message';
import { KafkaConnection } from '../kafka-connection';
import { validateOrThrow } from '../validate';

/**
 * How a service answers the requests of one topic: a handler for every request type the catalogue
 * puts on it (a missing or extra one is a compile error), taking the validated data and returning
 * the declared result.
 */
export type RequestHandlers<TTopicName extends string> = {
  [K in RequestTypeOn<TTopicName>]: (request: RequestOf<K>) => Promise<RequestResultOf<K>>;
};

type AnyHandler = (request: RequestEnvelope) => Promise<unknown>;

function assertRequestEnvelope(value: unknown): asserts value is RequestEnvelope {
  const v = value as Partial<RequestEnvelope> | null;
  const problems: string[] = [];
  if (typeof v !== 'object' || v === null) throw new PoisonMessageError('malformed', 'the value is not a JSON object');
  if (typeof v.id !== 'string') problems.push('id');
  if (typeof v.type !== 'string') problems.push('type');
  if (typeof v.subject !== 'string') problems.push('subject');
  if (typeof v.deadline !== 'string' || Number.isNaN(Date.parse(v.deadline))) problems.push('deadline');
  if (typeof v.actor?.id !== 'string' || !Array.isArray(v.actor?.roles)) problems.push('actor');
  if (v.actorSignature !== undefined && typeof v.actorSignature !== 'string') problems.push('actorSignature');
  // Replies go only to the reply topic, on one of its partitions: a request cannot aim them elsewhere.
  const replies = Topics.gatewayReplies;
  const partition = v.replyTo?.partition ?? -1;
  if (
    v.replyTo?.topic !== replies.name ||
    !Number.isInteger(partition) ||
    partition < 0 ||
    partition >= replies.partitions
  ) {
    problems.push('replyTo');
  }
  if (problems.length > 0)
    throw new PoisonMessageError('malformed', `invalid request envelope: ${problems.join(', ')}`);
}

/**
 * The service side of the request–reply mechanism: refuses an actor the gateway did not sign
 * (ADR 0018), validates the request and its data against the catalogue, drops it when its
 * deadline has passed (the gateway has already answered 503), runs the handler and replies with
 * the result or the domain error. Unexpected errors are rethrown, so the InboundProcessor retries
 * them and finally dead-letters the request; `replyFailure` then answers `internal` if the caller
 * is still waiting (never for a forged actor).
 */
@Injectable()
export class RequestDispatcher {
  private readonly logger = new Logger(RequestDispatcher.name);

  constructor(
    private readonly connection: KafkaConnection,
    private readonly actors: ActorVerifier,
  ) {}

  async dispatch<TTopicName extends string>(
    message: InboundMessage,
    handlers: RequestHandlers<TTopicName>,
  ): Promise<void> {
    assertRequestEnvelope(message.value);
    const request = message.value;
    // Before anything acts on it, its deadline included: every forged request is set aside and counted.
    this.actors.assertGenuine(request);
    // Too late to start: the caller will have had its 503 before a write could finish.
    if (Date.parse(request.deadline) - Date.now() < this.connection.options.requestSafetyMarginMs) {
      this.logger.warn({ requestId: request.id, type: request.type }, 'request too close to its deadline, dropped');
      return;
    }
    const handler = (handlers as unknown as Record<string, AnyHandler | undefined>)[request.type];
    if (!handler || !isRequestType(request.type)) {
      throw new PoisonMessageError('unknown-type', `no route for request type ${request.type}`);
    }
    try {
      const data = await validateOrThrow(Requests[request.type].data, request.data);
      const result = await handler({ ...request, data });
      await this.reply(request, { requestId: request.id, correlationId: request.correlationId, ok: true, result });
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const replyError: ReplyError = {
        code: error.code,
        ...(error.reason ? { reason: error.reason } : {}),
        message: error.message,
        ...error.extras,
      };
      await this.reply(request, {
        requestId: request.id,
        correlationId: request.correlationId,
        ok: false,
        error: replyError,
      });
    }
  }

  /**
   * A request that could not be handled (dead-lettered) still gets an answer, if its caller is
   * still waiting: better a clear error now than a timeout later.
   */
  async replyFailure(message: InboundMessage, error: Error): Promise<void> {
    try {
      assertRequestEnvelope(message.value);
    } catch {
      return; // no usable reply address
    }
    const request = message.value;
    if (Date.parse(request.deadline) < Date.now()) return;
    // A forged request gets no answer: its reply address is the forger's choice, and silence tells them nothing.
    if (error instanceof PoisonMessageError && error.reason === 'forged-actor') return;
    // A request we could not understand is our fault (500); one that kept failing is most likely
    // an outage (the database), so the caller may retry (503 with Retry-After).
    const replyError =
      error instanceof PoisonMessageError
        ? {
            code: ErrorCode.Internal,
            message: 'The request could not be processed; it has been set aside for the operators',
          }
        : {
            code: ErrorCode.Unavailable,
            message: 'The service could not process the request now; try again shortly',
            details: { retryAfterSeconds: 5 },
          };
    await this.reply(request, {
      requestId: request.id,
      correlationId: request.correlationId,
      ok: false,
      error: replyError,
    });
  }

  private async reply(request: RequestEnvelope, reply: ReplyEnvelope): Promise<void> {
    await this.connection.replyProducer.send({
      topic: request.replyTo.topic,
      acks: -1,
      messages: [
        {
          partition: request.replyTo.partition,
          key: request.subject,
          value: JSON.stringify(reply),
          headers: {
            [Headers.correlationId]: request.correlationId,
            [Headers.replyInstance]: request.replyTo.instance,
            [Headers.type]: `${request.type}.reply`,
          },
        },
      ],
    });
  }
}
