import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { anErasureRequest } from '../../../test/factories/erasure.factory';
import { aDelivery } from '../../../test/factories/timeline.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { InMemoryTimelineStore } from '../../../test/fakes/in-memory-timeline.store';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { RecordTimelineEntry } from '../record-timeline-entry/record-timeline-entry.usecase';
import { ExportPersonalData } from './export-personal-data.usecase';

describe('ExportPersonalData', () => {
  const replay = (requestedBy: string) => ({
    requestedAt: new Date('2026-03-02T09:00:00Z'),
    requestedBy,
    outcome: 'failed' as const,
    error: 'someone else, bob@example.org, failed again',
    completedAt: new Date('2026-03-02T09:00:01Z'),
  });
  let sut: ExportPersonalData;

  beforeEach(async () => {
    const deadLetters = new InMemoryDeadLetterStore();
    const progress = new InMemoryErasureProgressStore();
    await deadLetters.insert(
      aDeadLetter({
        id: 'hers',
        value: '{"data":{"ownerId":"account-1","coFounder":"bob@example.org"}}',
        error: 'bob@example.org is taken',
      }),
      [],
    );
    await deadLetters.insert(
      aDeadLetter({
        id: 'replayed-by-her',
        value: '{"data":{"ownerId":"bob@example.org"}}',
        replays: [replay('account-1')],
      }),
      [],
    );
    await deadLetters.insert(
      aDeadLetter({ id: 'not-hers', value: '{"data":{"ownerId":"account-2"}}', replays: [replay('op-2')] }),
      [],
    );
    await new RecordErasureRequest(progress).execute({ request: anErasureRequest() });
    const timeline = new InMemoryTimelineStore();
    await new RecordTimelineEntry(timeline, new InMemoryErasureProgressStore()).execute(
      aDelivery('notification.sent', 'e-mail', '2026-03-01T10:00:05.000Z'),
    );
    await new RecordTimelineEntry(timeline, new InMemoryErasureProgressStore()).execute(
      aDelivery('notification.sent', 'e-mail', '2026-03-01T10:00:06.000Z', 'app-2', 'account-2'),
    );
    sut = new ExportPersonalData(deadLetters, progress, timeline);
  });

  it('gives where and why a message about the account failed, its replay requests, its erasures and the timeline entries naming it', async () => {
    const exported = await sut.execute({ actor: { id: 'account-1', roles: ['applicant'] } });

    expect(exported).toEqual({
      service: 'operations',
      sections: {
        deadLetters: [
          {
            id: 'hers',
            deadLetterTopic: aDeadLetter().deadLetterTopic,
            topic: aDeadLetter().topic,
            type: 'application.drafted',
            reason: 'retries-exhausted',
            firstFailedAt: '2026-03-01T09:59:58.000Z',
            lastFailedAt: '2026-03-01T10:00:00.000Z',
            state: 'open',
          },
        ],
        replayRequests: [
          {
            deadLetterId: 'replayed-by-her',
            requestedAt: '2026-03-02T09:00:00.000Z',
            outcome: 'failed',
            completedAt: '2026-03-02T09:00:01.000Z',
          },
        ],
        erasures: [expect.objectContaining({ erasureId: 'erasure-1', status: 'in-progress' })],
        // Her notification's delivery, named by its id; not the other account's.
        timelineEntries: [
          expect.objectContaining({
            type: 'notification.sent',
            subject: expect.stringMatching(/:account-1:e-mail$/),
            occurredAt: '2026-03-01T10:00:05.000Z',
          }),
        ],
      },
    });
  });

  it('gives nothing of the messages, which may carry other people’s data', async () => {
    const exported = await sut.execute({ actor: { id: 'account-1', roles: ['applicant'] } });

    expect(JSON.stringify(exported)).not.toMatch(/bob@example\.org|account-2|op-2/);
  });
});
