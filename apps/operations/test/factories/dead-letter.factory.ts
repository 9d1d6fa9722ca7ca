import { Headers, Topics } from '@pollen/contracts';

import { type DeadLetter, deadLetterFrom, type RawDeadLetter } from '../../src/domain/dead-letter';

const DLT = `${Topics.applicationEvents.name}.matching.dlt`;

/** A raw message of matching's dead-letter topic of application events, as operations reads it. */
export function aRawDeadLetter(overrides: Partial<RawDeadLetter> = {}): RawDeadLetter {
  return {
    topic: DLT,
    partition: 0,
    offset: '7',
    key: 'app-1',
    headers: {
      [Headers.type]: 'application.drafted',
      [Headers.dltReason]: 'retries-exhausted',
      [Headers.dltError]: 'boom',
      [Headers.dltTopic]: Topics.applicationEvents.name,
      [Headers.dltPartition]: '2',
      [Headers.dltOffset]: '41',
      [Headers.dltAttempts]: '4',
      [Headers.dltGroup]: 'matching',
      [Headers.dltFirstAt]: '2026-03-01T09:59:58.000Z',
      [Headers.dltAt]: '2026-03-01T10:00:00.000Z',
    },
    value: { id: 'event-1', type: 'application.drafted', subject: 'app-1', data: {} },
    ...overrides,
  };
}

/** An event dead letter of matching, kept on 1 March 2026 at version 0; override what a test is about. */
export function aDeadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  const createdAt = new Date('2026-03-01T10:00:01Z');
  return { ...deadLetterFrom(aRawDeadLetter(), createdAt), ...overrides };
}
