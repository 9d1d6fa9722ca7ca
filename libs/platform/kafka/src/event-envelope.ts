import { type EventDefinition, type EventEnvelope, Events, type EventType, isEventType } from '@pollen/contracts';
import { plainToInstance } from 'class-transformer';

import { type InboundMessage, PoisonMessageError } from './inbound-message';
import { envelopeOfTombstone } from './tombstone';
import { fieldErrorsOf, validationErrorsOf } from './validate';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Checks a consumed event before anything acts on it: the envelope's fields, then, for a type the
 * catalogue declares, its data against the type's own class and the aggregate id against the
 * subject. A message that fails can never succeed, so it is dead-lettered at once. Types the
 * catalogue does not know pass as they are: a newer producer may add some.
 */
export async function parseEvent(value: unknown): Promise<EventEnvelope> {
  if (!isObject(value)) throw new PoisonMessageError('malformed', 'the value is not a JSON object');
  const problems: string[] = [];
  if (!isText(value['id'])) problems.push('id');
  if (!isText(value['type'])) problems.push('type');
  if (!isText(value['subject'])) problems.push('subject');
  const aggregateVersion = value['aggregateVersion'];
  if (!Number.isSafeInteger(aggregateVersion) || (aggregateVersion as number) < 1) problems.push('aggregateVersion');
  if (!isObject(value['data'])) problems.push('data');
  else if (isEventType(String(value['type']))) problems.push(...(await dataProblems(value)));
  if (problems.length > 0) throw new PoisonMessageError('malformed', `invalid event envelope: ${problems.join(', ')}`);
  return value as unknown as EventEnvelope;
}

/**
 * The event a consumed message carries: its JSON envelope or, for a message without a value, the
 * tombstone its headers describe; checked the same way either way.
 */
export function parseEventMessage(message: Pick<InboundMessage, 'key' | 'headers' | 'value'>): Promise<EventEnvelope> {
  return parseEvent(message.value === null ? envelopeOfTombstone(message) : message.value);
}

async function dataProblems(envelope: Record<string, unknown>): Promise<string[]> {
  const definition: EventDefinition = Events[envelope['type'] as EventType];
  const data = envelope['data'] as Record<string, unknown>;
  const { idField } = definition.aggregate;
  const idProblem = data[idField] === envelope['subject'] ? [] : [`data.${idField}`];
  // Tolerant reader: fields a newer producer adds are not errors.
  const errors = fieldErrorsOf(
    await validationErrorsOf(plainToInstance(definition.data, data), { tolerant: true }),
    'data',
  );
  return [...new Set([...idProblem, ...errors.map((error) => error.field)])];
}
