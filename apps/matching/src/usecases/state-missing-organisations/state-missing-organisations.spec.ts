import { anInvestor, aProfile } from '../../../test/factories/investor.factory';
import { InMemoryInvestorStore } from '../../../test/fakes/in-memory-investor.store';
import { StateMissingOrganisations } from './state-missing-organisations.usecase';

describe('StateMissingOrganisations', () => {
  it('states once the organisation of each profile written before organisations had their topic', async () => {
    const store = new InMemoryInvestorStore();
    await store.insert(anInvestor({ id: 'inv-old', profile: aProfile() }), []);
    await store.insert(anInvestor({ id: 'inv-new', profile: aProfile(), organisationStated: true }), []);
    await store.insert(anInvestor({ id: 'inv-empty' }), []);
    const sut = new StateMissingOrganisations(store);

    expect(await sut.execute()).toBe(1);
    expect(await sut.execute()).toBe(0);

    expect(store.events.map(({ type, subject, data }) => [type, subject, data])).toEqual([
      ['investor.organisation-stated', 'inv-old', { investorId: 'inv-old', organisation: aProfile().organisation }],
    ]);
    expect((await store.findById('inv-old'))?.organisationStated).toBe(true);
  });
});
