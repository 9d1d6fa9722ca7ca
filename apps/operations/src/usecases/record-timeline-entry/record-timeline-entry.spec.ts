import { anErasureRequest } from '../../../test/factories/erasure.factory';
import { aDelivery } from '../../../test/factories/timeline.factory';
import { InMemoryErasureProgressStore } from '../../../test/fakes/in-memory-erasure-progress.store';
import { InMemoryTimelineStore } from '../../../test/fakes/in-memory-timeline.store';
import { RecordErasureRequest } from '../record-erasure-request/record-erasure-request.usecase';
import { RecordTimelineEntry } from './record-timeline-entry.usecase';

describe('RecordTimelineEntry', () => {
  it('keeps a delivery to an account already erased as the erasure would have left it', async () => {
    const timeline = new InMemoryTimelineStore();
    const erasures = new InMemoryErasureProgressStore();
    await new RecordErasureRequest(erasures).execute({ request: anErasureRequest({ accountId: 'account-1' }) });
    // The mail the notifications service gave up when it erased her, arriving after the request.
    const late = aDelivery('notification.dead', 'e-mail', '2026-03-01T10:00:01.000Z');

    expect(await new RecordTimelineEntry(timeline, erasures).execute(late)).toBe('applied');

    const [entry] = timeline.items.values();
    expect(entry).toEqual(
      expect.objectContaining({
        recipientId: null,
        subject: expect.stringMatching(/^event-\d+:\[erased erasure-1\]:e-mail$/),
      }),
    );
    expect(JSON.stringify(entry)).not.toContain('account-1');
  });

  it('passes over an event about no application but a delivery failure', async () => {
    const timeline = new InMemoryTimelineStore();
    const record = new RecordTimelineEntry(timeline, new InMemoryErasureProgressStore());

    await record.execute(aDelivery('notification.sent', 'e-mail', '2026-03-01T10:00:01.000Z', null));
    await record.execute(aDelivery('notification.failed', 'e-mail', '2026-03-01T10:00:02.000Z', null));

    expect([...timeline.items.values()].map((entry) => entry.type)).toEqual(['notification.failed']);
  });
});
