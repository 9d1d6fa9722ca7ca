import { randomUUID } from 'node:crypto';

import { parseEvent } from './event-envelope';
import { PoisonMessageError } from './inbound-message';

/** An `application.drafted` envelope as the applications service publishes it. */
const applicationDrafted = ({ applicationId = randomUUID() } = {}) => ({
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
    organisation: { name: 'La Cyclofficine', siren: '732829320' } as Record<string, unknown>,
    project: {},
    request: {},
  } as Record<string, unknown>,
});

const reasonOf = async (value: unknown): Promise<string | undefined> => {
  try {
    await parseEvent(value);
    return undefined;
  } catch (error) {
    return error instanceof PoisonMessageError ? `${error.reason}: ${error.message}` : 'not poison';
  }
};

const decided = (data: Record<string, unknown>) => {
  const applicationId = randomUUID();
  return {
    ...applicationDrafted({ applicationId }),
    type: 'application.decided',
    data: {
      applicationId,
      programmeId: 'p-1',
      ownerId: 'o-1',
      decision: 'funded',
      reason: 'Comité',
      by: 'op-1',
      ...data,
    },
  };
};

describe('parseEvent, checking events against the catalogue', () => {
  it('accepts a drafted event, and an event type the catalogue does not know', async () => {
    const drafted = applicationDrafted();
    await expect(parseEvent(drafted)).resolves.toBe(drafted);
    await expect(parseEvent({ ...drafted, type: 'application.commented', data: {} })).resolves.toMatchObject({
      type: 'application.commented',
    });
  });

  it('tolerates fields a newer producer adds', async () => {
    expect(await reasonOf(decided({ committee: 'CA du 12 juin' }))).toBeUndefined();
  });

  it.each([
    ['a string', 'not json'],
    ['no id', { ...applicationDrafted(), id: undefined }],
    ['no type', { ...applicationDrafted(), type: 42 }],
    ['no subject', { ...applicationDrafted(), subject: '' }],
    ['no aggregateVersion', { ...applicationDrafted(), aggregateVersion: undefined }],
    ['a fractional aggregateVersion', { ...applicationDrafted(), aggregateVersion: 1.5 }],
    ['no data', { ...applicationDrafted(), data: null }],
  ])('dead-letters an envelope with %s', async (_case, value) => {
    expect(await reasonOf(value)).toMatch(/^malformed: /);
  });

  it('dead-letters a drafted event whose data is not an application, naming the fields', async () => {
    const event = applicationDrafted();
    const broken = { ...event, data: { ...event.data, applicationId: 'other', ownerId: undefined } };
    expect(await reasonOf(broken)).toBe('malformed: invalid event envelope: data.applicationId, data.ownerId');
  });

  it('validates nested data with the same classes as the HTTP bodies', async () => {
    const event = applicationDrafted();
    const broken = { ...event, data: { ...event.data, organisation: { name: 'X', siren: '123' } } };
    expect(await reasonOf(broken)).toBe('malformed: invalid event envelope: data.organisation.siren');
  });

  it('dead-letters a decision the catalogue does not allow', async () => {
    expect(await reasonOf(decided({ decision: 'maybe' }))).toBe('malformed: invalid event envelope: data.decision');
  });
});
