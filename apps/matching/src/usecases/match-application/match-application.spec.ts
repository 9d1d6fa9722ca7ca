import { aProjection } from '../../../test/factories/application-projection.factory';
import { aProfile } from '../../../test/factories/investor.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { matchIdOf } from '../../domain/match';

describe('MatchApplication', () => {
  let world: ReturnType<typeof matchmakingWorld>;

  beforeEach(() => {
    world = matchmakingWorld();
  });

  const store = (overrides: Parameters<typeof aProjection>[0] = {}) =>
    world.projections.saveIfNewer(aProjection(overrides));

  it('proposes an eligible, consenting application to each approved, active thesis it passes and scores enough on', async () => {
    await world.approvedInvestor('fits');
    await world.approvedInvestor('wrong-region', aProfile({ thesis: { ...aProfile().thesis, regions: ['FR-IDF'] } }));
    await world.approvedInvestor(
      'scores-low',
      aProfile({
        thesis: { ...aProfile().thesis, impactAreas: ['housing'], engagementDimensions: ['ecology'], sdgs: [1] },
      }),
    );
    await store();

    await world.matchApplication('app-1');

    expect(world.matchEvents()).toEqual([
      expect.objectContaining({
        type: 'match.proposed',
        matchId: matchIdOf('app-1', 'fits', 1),
        applicationId: 'app-1',
        investorId: 'fits',
        programmeId: 'programme-1',
        generation: 1,
        score: 71,
      }),
    ]);
    const match = await world.matches.findById(matchIdOf('app-1', 'fits', 1));
    expect(match).toMatchObject({ status: 'proposed', score: 71, version: 1 });
    expect(match?.explanation.map((line) => line.criterion)).toEqual([
      'instrument',
      'region',
      'legal-form',
      'stage',
      'ticket-range',
      'esus',
      'impact-areas',
      'engagement-dimensions',
      'sdgs',
      'stage-fit',
      'ticket-position',
      'capacity',
    ]);
  });

  it('proposes nothing twice: the same trigger again finds the match it made', async () => {
    await world.approvedInvestor('fits');
    await store();

    await world.matchApplication('app-1');
    await world.matchApplication('app-1');

    expect(world.matchEvents().map((event) => event.type)).toEqual(['match.proposed']);
  });

  it.each([
    ['not eligible yet', { status: 'submitted' as const }],
    ['eligible without consent', { shareWithInvestors: false }],
    ['in discussion', { status: 'in-discussion' as const }],
  ])('proposes nothing for an application %s', async (_, overrides) => {
    await world.approvedInvestor('fits');
    await store(overrides);

    await world.matchApplication('app-1');

    expect(world.matchEvents()).toEqual([]);
  });

  it.each([
    ['withdrawn', { status: 'withdrawn' as const }, 'application-withdrawn'],
    ['funded', { status: 'funded' as const }, 'application-decided'],
    ['declined', { status: 'declined' as const }, 'application-decided'],
    ['no longer consenting', { shareWithInvestors: false }, 'consent-withdrawn'],
  ])('retracts the open matches of an application %s, naming why', async (_, overrides, cause) => {
    await world.approvedInvestor('fits');
    await store();
    await world.matchApplication('app-1');
    await world.projections.saveIfNewer(aProjection({ ...overrides, version: 4 }));

    await world.matchApplication('app-1');

    expect(world.matchEvents().at(-1)).toEqual({
      type: 'match.retracted',
      matchId: matchIdOf('app-1', 'fits', 1),
      applicationId: 'app-1',
      investorId: 'fits',
      programmeId: 'programme-1',
      cause,
    });
    expect(await world.matches.findById(matchIdOf('app-1', 'fits', 1))).toMatchObject({
      status: 'retracted',
      retractCause: cause,
    });
  });

  it('keeps an open match while the application is in discussion with another investor', async () => {
    await world.approvedInvestor('fits');
    await store();
    await world.matchApplication('app-1');
    await store({ status: 'in-discussion', version: 4 });

    await world.matchApplication('app-1');

    expect(world.matchEvents().map((event) => event.type)).toEqual(['match.proposed']);
  });

  it('proposes a pair again after a retraction, as a new match, but never after the investor passed', async () => {
    await world.approvedInvestor('retracted-before');
    await world.approvedInvestor('passed-before');
    await world.matches.insert(aMatch({ investorId: 'retracted-before', status: 'retracted' }), []);
    await world.matches.insert(aMatch({ investorId: 'passed-before', status: 'passed' }), []);
    await store();

    await world.matchApplication('app-1');

    expect(world.matchEvents()).toEqual([
      expect.objectContaining({
        type: 'match.proposed',
        matchId: matchIdOf('app-1', 'retracted-before', 2),
        generation: 2,
      }),
    ]);
  });

  it('counts what the investor was proposed this month against their capacity', async () => {
    await world.approvedInvestor('busy', aProfile({ capacityPerMonth: 2 }));
    await world.matches.insert(
      aMatch({ applicationId: 'other-1', investorId: 'busy', proposedAt: new Date('2026-12-01T08:00:00Z') }),
      [],
    );
    await world.matches.insert(
      aMatch({ applicationId: 'other-2', investorId: 'busy', proposedAt: new Date('2026-11-30T12:00:00Z') }),
      [],
    );
    await store();

    await world.matchApplication('app-1');

    const match = await world.matches.findById(matchIdOf('app-1', 'busy', 1));
    expect(match?.explanation.find((line) => line.criterion === 'capacity')).toMatchObject({
      contribution: 5,
      message: { en: 'Capacity left this month: 1 of 2' },
    });
  });

  it('retracts at once a match its replica proposed from a thesis the investor had already changed', async () => {
    await world.approvedInvestor('moved');
    world.theses.stale = [
      { investorId: 'moved', thesis: aProfile().thesis, capacityPerMonth: 5, remainingThisMonth: 5 },
    ];
    await world.changeInvestor('moved', (investor) => {
      investor.status = 'suspended';
    });
    await store();

    await world.matchApplication('app-1');

    expect(world.matchEvents().map((event) => [event.type, 'cause' in event ? event.cause : undefined])).toEqual([
      ['match.proposed', undefined],
      ['match.retracted', 'investor-suspended'],
    ]);
  });
});
