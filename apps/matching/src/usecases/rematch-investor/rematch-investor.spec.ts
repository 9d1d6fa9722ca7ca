import { aProjection } from '../../../test/factories/application-projection.factory';
import { aProfile } from '../../../test/factories/investor.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { matchIdOf } from '../../domain/match';

describe('RematchInvestor', () => {
  let world: ReturnType<typeof matchmakingWorld>;

  beforeEach(() => {
    world = matchmakingWorld();
  });

  const eventTypes = () => world.matchEvents().map((event) => [event.type, event.applicationId]);

  it('proposes an approved investor to every eligible, consenting application their thesis lets through', async () => {
    await world.projections.saveIfNewer(aProjection({ applicationId: 'fits' }));
    await world.projections.saveIfNewer(aProjection({ applicationId: 'no-consent', shareWithInvestors: false }));
    await world.projections.saveIfNewer(aProjection({ applicationId: 'draft', status: 'draft' }));
    await world.projections.saveIfNewer(
      aProjection({ applicationId: 'too-big', request: { amountCents: 50_000_000, instrument: 'loan' } }),
    );
    await world.approvedInvestor('investor-1');

    await world.rematchInvestor('investor-1');
    await world.rematchInvestor('investor-1');

    expect(eventTypes()).toEqual([['match.proposed', 'fits']]);
  });

  it('retracts, naming the gate, the open matches a changed thesis now refuses, and proposes the ones it now accepts', async () => {
    await world.projections.saveIfNewer(aProjection({ applicationId: 'in-hdf' }));
    await world.projections.saveIfNewer(
      aProjection({ applicationId: 'in-idf', organisation: { legalForm: 'association', region: 'FR-IDF' } }),
    );
    await world.approvedInvestor('investor-1', aProfile({ thesis: { ...aProfile().thesis, regions: ['FR-HDF'] } }));
    await world.rematchInvestor('investor-1');

    await world.changeInvestor('investor-1', (investor) => {
      investor.profile = aProfile({ thesis: { ...aProfile().thesis, regions: ['FR-IDF'] } });
    });
    await world.rematchInvestor('investor-1');

    expect(world.matchEvents()).toEqual([
      expect.objectContaining({ type: 'match.proposed', applicationId: 'in-hdf' }),
      expect.objectContaining({
        type: 'match.retracted',
        applicationId: 'in-hdf',
        cause: 'gate-failed',
        gate: 'region',
      }),
      expect.objectContaining({ type: 'match.proposed', applicationId: 'in-idf' }),
    ]);
  });

  it('proposes a pair again, as its second match, once the thesis accepts it again', async () => {
    await world.projections.saveIfNewer(aProjection());
    await world.approvedInvestor('investor-1');
    await world.rematchInvestor('investor-1');
    const thesis = aProfile().thesis;
    await world.changeInvestor('investor-1', (investor) => {
      investor.profile = aProfile({ thesis: { ...thesis, instruments: ['grant'] } });
    });
    await world.rematchInvestor('investor-1');
    await world.changeInvestor('investor-1', (investor) => {
      investor.profile = aProfile({ thesis });
    });

    await world.rematchInvestor('investor-1');

    expect(world.matchEvents().map((event) => [event.type, event.matchId])).toEqual([
      ['match.proposed', matchIdOf('app-1', 'investor-1', 1)],
      ['match.retracted', matchIdOf('app-1', 'investor-1', 1)],
      ['match.proposed', matchIdOf('app-1', 'investor-1', 2)],
    ]);
  });

  it.each([
    ['suspended', { status: 'suspended' as const }, 'investor-suspended'],
    ['rejected', { status: 'rejected' as const }, 'investor-rejected'],
    ['made inactive', { profile: aProfile({ active: false }) }, 'investor-inactive'],
  ])('retracts the open matches of an investor %s, and proposes nothing more', async (_, change, cause) => {
    await world.projections.saveIfNewer(aProjection());
    await world.approvedInvestor('investor-1');
    await world.rematchInvestor('investor-1');
    await world.changeInvestor('investor-1', (investor) => Object.assign(investor, change));

    await world.rematchInvestor('investor-1');
    await world.projections.saveIfNewer(aProjection({ applicationId: 'later' }));
    await world.rematchInvestor('investor-1');

    expect(world.matchEvents().map((event) => [event.type, event.applicationId, event.cause])).toEqual([
      ['match.proposed', 'app-1', undefined],
      ['match.retracted', 'app-1', cause],
    ]);
  });

  it('proposes nothing for an investor not yet approved', async () => {
    await world.projections.saveIfNewer(aProjection());
    await world.approvedInvestor('investor-1');
    await world.changeInvestor('investor-1', (investor) => {
      investor.status = 'pending';
    });

    await world.rematchInvestor('investor-1');

    expect(world.matchEvents()).toEqual([]);
  });
});
