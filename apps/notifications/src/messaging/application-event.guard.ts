import { ApplicationEventTypes, type EventEnvelope } from '@pollen/contracts';
import { PoisonMessageError } from '@pollen/platform/kafka';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The envelope of a message from the application events topic, checked before anything acts on
 * it. A message without the envelope's fields, or a known event without its data, can never
 * succeed: it is dead-lettered at once. Unknown types pass; the topic carries every
 * `application.*` event and each consumer picks the ones it needs.
 */
export function applicationEventOf(value: unknown): EventEnvelope {
  if (!isObject(value)) throw new PoisonMessageError('malformed', 'the value is not a JSON object');
  const problems: string[] = [];
  if (!isText(value['id'])) problems.push('id');
  if (!isText(value['type'])) problems.push('type');
  if (!isText(value['subject'])) problems.push('subject');
  const aggregateVersion = value['aggregateVersion'];
  if (!Number.isSafeInteger(aggregateVersion) || (aggregateVersion as number) < 1) problems.push('aggregateVersion');
  if (!isObject(value['data'])) problems.push('data');
  else if (value['type'] === ApplicationEventTypes.drafted) problems.push(...draftedDataProblems(value));
  if (problems.length > 0) throw new PoisonMessageError('malformed', `invalid event envelope: ${problems.join(', ')}`);
  return value as unknown as EventEnvelope;
}

/** `application.drafted` carries the whole application (ApplicationDraftedData). */
function draftedDataProblems(envelope: Record<string, unknown>): string[] {
  const data = envelope['data'] as Record<string, unknown>;
  const problems: string[] = [];
  if (data['applicationId'] !== envelope['subject']) problems.push('data.applicationId');
  for (const field of ['programmeId', 'ownerId', 'status'] as const) {
    if (!isText(data[field])) problems.push(`data.${field}`);
  }
  if (!isObject(data['organisation']) || !isText(data['organisation']['name'])) problems.push('data.organisation');
  for (const field of ['project', 'request'] as const) {
    if (data[field] !== undefined && !isObject(data[field])) problems.push(`data.${field}`);
  }
  return problems;
}
