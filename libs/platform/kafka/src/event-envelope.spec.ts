import { randomUUID } from 'node:crypto';
import { applicationEventDataProblems } from '@pollen/contracts';
import { eventEnvelopeOf } from './event-envelope';
import { PoisonMessageError } from './inbound-message';

/** An `application.drafted` envelope as the applications service publishes it. */
const applicationDrafted = () => {
  const applicationId = randomUUID();
  return {
    id: randomUUID(),
    type: 'application.drafted',
    version: 1,
    occurredAt: new Date().toISOString(),
    source: 'applications',
    subject: applicationId,
    aggregateVersion: 1,
    correlationId: randomUUID(),
    data: {
      applicationId,
      programmeId: 'programme-1',
      ownerId: 'owner-1',
      status: 'draft',
      organisation: { name: 'La Cyclofficine', siren: '732829320' },
      project: {},
      request: {},
    },
  };
};

const applicationEventOf = (value: unknown) => eventEnvelopeOf(value, applicationEventDataProblems);

const reasonOf = (value: unknown): string | undefined => {
  try {
    applicationEventOf(value);
    return undefined;
  } catch (error) {
    return error instanceof PoisonMessageError ? `${error.reason}: ${error.message}` : 'not poison';
  }
};

describe('eventEnvelopeOf, with the application events check', () => {
  it('accepts a drafted event and an event type it does not know', () => {
    const drafted = applicationDrafted();
    expect(applicationEventOf(drafted)).toBe(drafted);
    expect(applicationEventOf({ ...drafted, type: 'application.commented', data: {} }).type).toBe(
      'application.commented',
    );
  });

  it.each([
    ['a string', 'not json'],
    ['no id', { ...applicationDrafted(), id: undefined }],
    ['no type', { ...applicationDrafted(), type: 42 }],
    ['no subject', { ...applicationDrafted(), subject: '' }],
    ['no aggregateVersion', { ...applicationDrafted(), aggregateVersion: undefined }],
    ['a fractional aggregateVersion', { ...applicationDrafted(), aggregateVersion: 1.5 }],
    ['no data', { ...applicationDrafted(), data: null }],
  ])('dead-letters an envelope with %s', (_case, value) => {
    expect(reasonOf(value)).toMatch(/^malformed: /);
  });

  it('dead-letters a drafted event whose data is not an application, naming the fields', () => {
    const event = applicationDrafted();
    const broken = { ...event, data: { ...event.data, applicationId: 'other', ownerId: undefined } };
    expect(reasonOf(broken)).toBe('malformed: invalid event envelope: data.applicationId, data.ownerId');
  });
});
