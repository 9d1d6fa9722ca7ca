import { aDelivery, aTimelineEvent } from '../../../test/factories/timeline.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { InMemoryTimelineStore } from '../../../test/fakes/in-memory-timeline.store';
import { RecordTimelineEntry } from '../record-timeline-entry/record-timeline-entry.usecase';
import { GetTimeline } from './get-timeline.usecase';

const operator = { id: 'op-1', roles: ['operator' as const] };

describe('GetTimeline', () => {
  const setUp = async () => {
    const store = new InMemoryTimelineStore();
    const record = new RecordTimelineEntry(store, new InMemoryErasureProgressStore());
    const screened = aTimelineEvent(
      'application.screened',
      {
        applicationId: 'app-1',
        programmeId: 'programme-1',
        ownerId: 'account-1',
        result: 'eligible',
        reasons: [],
        rulesApplied: {} as never,
      },
      '2026-12-02T10:00:02.000Z',
      // Screened in the submission's transaction: the same millisecond, the next version.
      { id: 'a-screened', causationId: 'z-submitted', aggregateVersion: 3 },
    );
    const { programmeId, ownerId } = screened.event.data;
    const submitted = aTimelineEvent(
      'application.submitted',
      { applicationId: 'app-1', programmeId, ownerId } as never,
      '2026-12-02T10:00:02.000Z',
      { id: 'z-submitted', aggregateVersion: 2 },
    );
    const proposed = aTimelineEvent(
      'match.proposed',
      {
        matchId: 'match-1',
        applicationId: 'app-1',
        investorId: 'investor-1',
        programmeId: 'programme-1',
        generation: 1,
        score: 82,
        explanation: [],
      },
      '2026-12-02T10:00:03.000Z',
      { source: 'matching', subject: 'match-1' },
    );
    // Arrives first, happened last: the timeline is in the order things happened.
    await record.execute(aDelivery('notification.sent', 'e-mail', '2026-12-02T10:00:04.000Z'));
    await record.execute(proposed);
    await record.execute(screened);
    await record.execute(submitted);
    await record.execute(aDelivery('notification.sent', 'e-mail', '2026-12-02T10:00:05.000Z', 'app-2'));
    return { store, record, screened, sut: new GetTimeline(store) };
  };

  it('lists every event about the application from every service, in the order they happened, with their ids', async () => {
    const { sut } = await setUp();

    const timeline = await sut.execute({ applicationId: 'app-1', actor: operator });

    expect(timeline.items.map((entry) => [entry.type, entry.source, entry.detail])).toEqual([
      ['application.submitted', 'applications', null],
      ['application.screened', 'applications', 'eligible'],
      ['match.proposed', 'matching', 'score 82'],
      ['notification.sent', 'notifications', 'application-submitted by e-mail, attempt 1'],
    ]);
    expect(timeline.items[1]).toEqual(
      expect.objectContaining({
        subject: 'app-1',
        correlationId: 'corr-1',
        causationId: 'z-submitted',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        topic: 'topic-of-application',
      }),
    );
    expect(timeline.nextCursor).toBeNull();
  });

  it('indexes a redelivered event once', async () => {
    const { record, screened, sut } = await setUp();

    expect(await record.execute(screened)).toBe('duplicate');

    expect((await sut.execute({ applicationId: 'app-1', actor: operator })).items).toHaveLength(4);
  });

  it('pages with a cursor', async () => {
    const { sut } = await setUp();

    const first = await sut.execute({ applicationId: 'app-1', limit: 1, actor: operator });
    const next = (cursor: string | null) =>
      sut.execute({ applicationId: 'app-1', limit: 2, cursor: cursor ?? undefined, actor: operator });
    const second = await next(first.nextCursor);
    const third = await next(second.nextCursor);

    // The cursor falls between two events of the same millisecond: none is skipped or repeated.
    expect(first.items.map((entry) => entry.type)).toEqual(['application.submitted']);
    expect(second.items.map((entry) => entry.type)).toEqual(['application.screened', 'match.proposed']);
    expect(third.items.map((entry) => entry.type)).toEqual(['notification.sent']);
    expect(third.nextCursor).toBeNull();
  });

  it('does not find an application no event has reached, and answers operators only', async () => {
    const { sut } = await setUp();

    await expect(sut.execute({ applicationId: 'app-unknown', actor: operator })).rejects.toMatchObject({
      reason: 'timeline.not-found',
    });
    await expect(
      sut.execute({ applicationId: 'app-1', actor: { id: 'a-1', roles: ['applicant'] } }),
    ).rejects.toMatchObject({ reason: 'auth.operators-only' });
  });
});
