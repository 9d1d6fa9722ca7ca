import { Injectable, Logger } from '@nestjs/common';
import {
  DomainException,
  ErrorCode,
  Headers,
  type ReplyEnvelope,
  type ReplyError,
  type RequestEnvelope,
} from '@pollen/contracts';
import { PoisonMessageError, type InboundMessage } from '../inbound-message';
import { KafkaConnection } from '../kafka-connection';
import { validateOrThrow } from '../validate';

/** How a service answers one request type: optionally a DTO class that validates `data`. */
export interface RequestRoute<TData = unknown, TResult = unknown> {
  dto?: new () => TData & object;
  handle: (request: RequestEnvelope<string, TData>) => Promise<TResult>;
}

export type RequestRoutes = Record<string, RequestRoute>;

/** Declares a typed route; the table of routes forgets the types. */
export const route = <TData, TResult>(definition: RequestRoute<TData, TResult>): RequestRoute =>
  definition as unknown as RequestRoute;

function assertRequestEnvelope(value: unknown): asserts value is RequestEnvelope {
  const v = value as Partial<RequestEnvelope> | null;
  const problems: string[] = [];
  if (typeof v !== 'object' || v === null) throw new PoisonMessageError('malformed', 'the value is not a JSON object');
  if (typeof v.id !== 'string') problems.push('id');
  if (typeof v.type !== 'string') problems.push('type');
  if (typeof v.subject !== 'string') problems.push('subject');
  if (typeof v.deadline !== 'string' || Number.isNaN(Date.parse(v.deadline))) problems.push('deadline');
  if (typeof v.actor?.id !== 'string' || !Array.isArray(v.actor?.roles)) problems.push('actor');
  if (typeof v.replyTo?.topic !== 'string' || typeof v.replyTo?.partition !== 'number') problems.push('replyTo');
  if (problems.length > 0)
    throw new PoisonMessageError('malformed', `invalid request envelope: ${problems.join(', ')}`);
}

/**
 * The service side of the request–reply mechanism: validates the request, drops it when its
 * deadline has passed (the gateway has already answered 503), runs the route and replies with the
 * result or the domain error. Unexpected errors are rethrown, so the InboundProcessor retries them
 * and finally dead-letters the request; `replyFailure` then answers `internal` if the caller is
 * still waiting.
 */
@Injectable()
export class RequestDispatcher {
  private readonly logger = new Logger(RequestDispatcher.name);

  constructor(private readonly connection: KafkaConnection) {}

  async dispatch(message: InboundMessage, routes: RequestRoutes): Promise<void> {
    assertRequestEnvelope(message.value);
    const request = message.value;
    if (Date.parse(request.deadline) < Date.now()) {
      this.logger.warn({ requestId: request.id, type: request.type }, 'request past its deadline, dropped');
      return;
    }
    const matched: RequestRoute | undefined = routes[request.type];
    if (!matched) throw new PoisonMessageError('unknown-type', `no route for request type ${request.type}`);
    try {
      const data = matched.dto ? await validateOrThrow(matched.dto as new () => object, request.data) : request.data;
      const result = await matched.handle({ ...request, data });
      await this.reply(request, { requestId: request.id, correlationId: request.correlationId, ok: true, result });
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const replyError: ReplyError = { code: error.code, message: error.message, ...error.extras };
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
    await this.connection.producer.send({
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
