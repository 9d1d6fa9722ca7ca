import { applicationDrafted, RecordingErasureLog } from '@pollen/testing';

import { InMemoryDealFactsStore } from '../../../test/fakes/in-memory-deal-facts.store';
import { ProjectDealFacts } from './project-deal-facts.usecase';

describe('ProjectDealFacts, after an erasure', () => {
  let deals: InMemoryDealFactsStore;
  let erasures: RecordingErasureLog;
  let sut: ProjectDealFacts;

  beforeEach(() => {
    deals = new InMemoryDealFactsStore();
    erasures = new RecordingErasureLog();
    sut = new ProjectDealFacts(deals, erasures);
  });

  it('does not bring back the application of an owner erased while its event was in flight', async () => {
    const { data, aggregateVersion } = applicationDrafted();
    erasures.erasedAccounts.add(data.ownerId);

    expect(await sut.application(data, aggregateVersion)).toBe('superseded');
    expect(deals.applications.size).toBe(0);
  });

  it('keeps the applications of owners never erased', async () => {
    const { data, aggregateVersion } = applicationDrafted();
    erasures.erasedAccounts.add('someone-else');

    expect(await sut.application(data, aggregateVersion)).toBe('applied');
    expect(deals.applications.get(data.applicationId)).toMatchObject({ ownerId: data.ownerId });
  });
});
