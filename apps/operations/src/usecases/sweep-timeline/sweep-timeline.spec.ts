import { aDelivery } from '../../../test/factories/timeline.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { InMemoryTimelineStore } from '../../../test/fakes/in-memory-timeline.store';
import { RecordTimelineEntry } from '../record-timeline-entry/record-timeline-entry.usecase';
import { SweepTimeline } from './sweep-timeline.usecase';

describe('SweepTimeline', () => {
  it('deletes the failures about no application older than a day, and keeps every application’s timeline', async () => {
    const timeline = new InMemoryTimelineStore();
    const record = new RecordTimelineEntry(timeline, new InMemoryErasureProgressStore());
    await record.execute(aDelivery('notification.dead', 'e-mail', '2026-12-01T09:00:00.000Z', null));
    await record.execute(aDelivery('notification.dead', 'e-mail', '2026-12-02T09:30:00.000Z', null));
    await record.execute(aDelivery('notification.dead', 'e-mail', '2026-11-01T09:00:00.000Z', 'app-1'));

    expect(await new SweepTimeline(timeline).execute({ now: new Date('2026-12-02T10:00:00Z') })).toBe(1);

    expect([...timeline.items.values()].map((entry) => [entry.applicationId, entry.occurredAt.toISOString()])).toEqual([
      [null, '2026-12-02T09:30:00.000Z'],
      ['app-1', '2026-11-01T09:00:00.000Z'],
    ]);
  });
});
