import { ApplicationEventTypes } from './application-events';

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const KNOWN_EVENTS = new Set<string>(Object.values(ApplicationEventTypes));

/** Events that carry the whole application (ApplicationContent). */
const CONTENT_EVENTS = new Set<string>([
  ApplicationEventTypes.drafted,
  ApplicationEventTypes.draftUpdated,
  ApplicationEventTypes.submitted,
]);

/**
 * What is wrong with the data of an `application.*` event, field by field (empty when nothing):
 * the check every consumer of the application events topic applies before acting.
 */
export function applicationEventDataProblems(envelope: Record<string, unknown>): string[] {
  // Types this version does not know pass: a newer producer may add some.
  if (!KNOWN_EVENTS.has(String(envelope['type']))) return [];
  const data = envelope['data'] as Record<string, unknown>;
  const problems: string[] = [];
  if (data['applicationId'] !== envelope['subject']) problems.push('data.applicationId');
  for (const field of ['programmeId', 'ownerId'] as const) {
    if (!isText(data[field])) problems.push(`data.${field}`);
  }
  if (!CONTENT_EVENTS.has(String(envelope['type']))) return problems;
  if (!isText(data['status'])) problems.push('data.status');
  if (!isObject(data['organisation']) || !isText(data['organisation']['name'])) problems.push('data.organisation');
  for (const field of ['project', 'request'] as const) {
    if (data[field] !== undefined && !isObject(data[field])) problems.push(`data.${field}`);
  }
  return problems;
}
