import {
  type Actor,
  type EnvelopeBase,
  ErrorCode,
  type EventEnvelope,
  type FieldError,
  type Locale,
  LOCALES,
  Reasons,
  type ReplyEnvelope,
  type ReplyError,
  type RequestEnvelope,
  ROLES,
  SERVICE_NAMES,
} from '@pollen/contracts';
import { type JsonSchema, SCHEMA_REF_PREFIX } from '@pollen/platform/json-schema';

/**
 * The envelopes are TypeScript interfaces (libs/contracts/src/messaging), so no metadata describes
 * them at run time: their schemas are written here. The types below make them follow the
 * interfaces: a field added, removed or made optional there and not here fails to compile.
 */
type FieldSchemas<T> = {
  [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K>
    ? { optional: true; schema: JsonSchema }
    : { optional?: false; schema: JsonSchema };
};

function objectSchema<T>(description: string, fields: FieldSchemas<T>): JsonSchema {
  const entries = Object.entries(fields) as [string, { optional?: boolean; schema: JsonSchema }][];
  return {
    type: 'object',
    description,
    properties: Object.fromEntries(entries.map(([name, field]) => [name, field.schema])),
    required: entries.filter(([, field]) => !field.optional).map(([name]) => name),
  };
}

export type EnvelopeSchemaName =
  | 'EventEnvelope'
  | 'RequestEnvelope'
  | 'Actor'
  | 'ReplyEnvelope'
  | 'ReplyError'
  | 'FieldError';

// The locales a request may carry are the ones an account may choose.
const _locales: readonly Locale[] = LOCALES;

const text = (description: string): JsonSchema => ({ type: 'string', description });
const instant = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const ref = (name: EnvelopeSchemaName): JsonSchema => ({ $ref: `${SCHEMA_REF_PREFIX}${name}` });

const base: FieldSchemas<EnvelopeBase<string, object>> = {
  id: { schema: text('Unique per message: the idempotency key.') },
  type: { schema: text('The message type, as the catalogue names it.') },
  version: { schema: { type: 'integer', minimum: 1, description: 'Version of the envelope format.' } },
  occurredAt: { schema: instant('When it happened (ISO 8601, UTC).') },
  source: { schema: { type: 'string', enum: SERVICE_NAMES, description: 'The service that wrote it.' } },
  subject: { schema: text('What it is about; also the Kafka message key.') },
  correlationId: { schema: text('Shared by every message caused by one outside request.') },
  causationId: { optional: true, schema: text('The id of the message that caused this one.') },
  data: { schema: { type: 'object', description: 'The message type’s own data.' } },
};

const replyOk: FieldSchemas<Extract<ReplyEnvelope, { ok: true }>> = {
  requestId: { schema: text('The id of the request answered.') },
  correlationId: { schema: text('The request’s correlation id.') },
  ok: { schema: { type: 'boolean', const: true } },
  result: { schema: { type: 'object', description: 'The result class of the request type.' } },
};

const replyFailed: FieldSchemas<Extract<ReplyEnvelope, { ok: false }>> = {
  requestId: replyOk.requestId,
  correlationId: replyOk.correlationId,
  ok: { schema: { type: 'boolean', const: false } },
  error: { schema: ref('ReplyError') },
};

/** The envelope schemas, by the component name the AsyncAPI document gives them. */
export const envelopeSchemas: Record<EnvelopeSchemaName, JsonSchema> = {
  EventEnvelope: objectSchema<EventEnvelope<string, object>>('A domain event: a fact about one aggregate.', {
    ...base,
    aggregateVersion: {
      schema: { type: 'integer', minimum: 1, description: 'The aggregate’s version once this event applied.' },
    },
  }),
  RequestEnvelope: objectSchema<RequestEnvelope<string, object>>(
    'A request from the gateway to the service that owns the data.',
    {
      ...base,
      actor: { schema: ref('Actor') },
      deadline: { schema: instant('After it the service drops the request unanswered.') },
      locale: { schema: { type: 'string', enum: LOCALES, description: 'For messages meant for people.' } },
      replyTo: {
        schema: objectSchema<RequestEnvelope['replyTo']>('Where the reply goes.', {
          topic: { schema: text('The replies topic.') },
          partition: {
            schema: { type: 'integer', minimum: 0, description: 'The waiting gateway instance’s partition.' },
          },
          instance: { schema: text('The waiting gateway instance.') },
        }),
      },
      actorSignature: {
        optional: true,
        schema: text(
          'The gateway’s Ed25519 signature over the rest of the envelope (`v1.<base64url>`, ADR 0018); absent only on a request a service sends as itself (its `senders`). A request without a valid one is dead-lettered as `forged-actor`.',
        ),
      },
    },
  ),
  Actor: objectSchema<Actor>('Who asks.', {
    id: { schema: text('The account id.') },
    roles: { schema: { type: 'array', items: { type: 'string', enum: ROLES } } },
  }),
  ReplyEnvelope: {
    description: 'The answer to one request: its result, or an error.',
    oneOf: [objectSchema('The request succeeded.', replyOk), objectSchema('The request failed.', replyFailed)],
  } satisfies JsonSchema,
  ReplyError: objectSchema<ReplyError>('Why a request failed (docs/errors.md).', {
    code: { schema: { type: 'string', enum: Object.values(ErrorCode), description: 'The generic code.' } },
    reason: {
      optional: true,
      schema: { type: 'string', enum: Object.keys(Reasons), description: 'The reason code.' },
    },
    message: { schema: text('For people.') },
    errors: { optional: true, schema: { type: 'array', items: ref('FieldError') } },
    details: { optional: true, schema: { type: 'object', description: 'Code-specific facts.' } },
  }),
  FieldError: objectSchema<FieldError>('One invalid field.', {
    field: { schema: text('A JSON path, dotted (`organisation.siren`).') },
    code: { schema: text('A stable code (the validator’s name).') },
    message: { schema: text('For people.') },
  }),
};
