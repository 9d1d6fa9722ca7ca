import type { EventEnvelope } from '@pollen/contracts';
import { PoisonMessageError } from './inbound-message';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Checks a consumed event before anything acts on it: a message without the envelope's fields,
 * or whose data `dataProblems` finds wrong, can never succeed, so it is dead-lettered at once.
 * Event types a consumer does not know pass: a topic carries every event of its aggregate.
 */
export function eventEnvelopeOf(
  value: unknown,
  dataProblems: (envelope: Record<string, unknown>) => string[] = () => [],
): EventEnvelope {
  if (!isObject(value)) throw new PoisonMessageError('malformed', 'the value is not a JSON object');
  const problems: string[] = [];
  if (!isText(value['id'])) problems.push('id');
  if (!isText(value['type'])) problems.push('type');
  if (!isText(value['subject'])) problems.push('subject');
  const aggregateVersion = value['aggregateVersion'];
  if (!Number.isSafeInteger(aggregateVersion) || (aggregateVersion as number) < 1) problems.push('aggregateVersion');
  if (!isObject(value['data'])) problems.push('data');
  else problems.push(...dataProblems(value));
  if (problems.length > 0) throw new PoisonMessageError('malformed', `invalid event envelope: ${problems.join(', ')}`);
  return value as unknown as EventEnvelope;
}
