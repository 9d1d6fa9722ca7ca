import { alice, bob, journey } from '../../../test/fakes/journey';
import { RETENTION_BASIS } from '../../domain/erasure';
import { SweepRetainedApplications } from './sweep-retained-applications.usecase';

describe('SweepRetainedApplications', () => {
  it('deletes the kept applications whose retention ended, and only those', async () => {
    const sut = await journey();
    const ended = await sut.completeDraft(alice);
    const running = await sut.completeDraft(bob, 'app-running');
    const live = await sut.completeDraft({ id: 'carol', roles: ['applicant'] }, 'app-live');
    const keep = (id: string, until: string) => {
      const stored = sut.store.items.get(id);
      if (stored) stored.retention = { until: new Date(until), basis: RETENTION_BASIS, erasureId: 'erasure-1' };
    };
    keep(ended.id, '2036-03-10T09:00:00Z');
    keep(running.id, '2036-03-12T09:00:00Z');

    const more = await new SweepRetainedApplications(sut.store).execute({ now: new Date('2036-03-11T00:00:00Z') });

    expect(more).toBe(false);
    expect([...sut.store.items.keys()].sort()).toEqual([live.id, running.id].sort());
  });
});
