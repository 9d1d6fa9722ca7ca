import { aDeadLetter } from '../../../test/factories/dead-letter.factory';
import { anErasureRequest } from '../../../test/factories/erasure.factory';
import { InMemoryDeadLetterStore } from '../../../test/fakes/in-memory-dead-letter.store';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
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
    sut = new ExportPersonalData(deadLetters, progress);
  });

  it('gives where and why a message about the account failed, its replay requests and its erasures', async () => {
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
      },
    });
  });

  it('gives nothing of the messages, which may carry other people’s data', async () => {
    const exported = await sut.execute({ actor: { id: 'account-1', roles: ['applicant'] } });

    expect(JSON.stringify(exported)).not.toMatch(/bob@example\.org|account-2|op-2/);
  });
});
