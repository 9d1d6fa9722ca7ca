import type { Actor } from '@pollen/contracts';

import { aProjection } from '../../../test/factories/application-projection.factory';
import { aProfile } from '../../../test/factories/investor.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { GetMatchingInsights } from './get-matching-insights.usecase';

describe('GetMatchingInsights', () => {
  const owner: Actor = { id: 'owner-1', roles: ['applicant'] };
  let world: ReturnType<typeof matchmakingWorld>;
  let insights: GetMatchingInsights;
  const thesis = aProfile().thesis;

  beforeEach(async () => {
    world = matchmakingWorld();
    insights = new GetMatchingInsights(world.projections, world.theses);
    await world.projections.saveIfNewer(aProjection());
  });

  const investors = async (count: number, prefix: string, change: Partial<typeof thesis> = {}) => {
    for (let i = 0; i < count; i++) {
      await world.approvedInvestor(`${prefix}-${i}`, aProfile({ thesis: { ...thesis, ...change } }));
    }
  };

  it('counts the theses passed and, gate by gate, those refused, the most refused first', async () => {
    await investors(4, 'fits');
    await investors(5, 'elsewhere', { regions: ['FR-BRE'] });
    await investors(3, 'equity-only', { instruments: ['equity'] });

    const view = await insights.execute({ applicationId: 'app-1', actor: owner });

    expect(view).toEqual({
      theses: 12,
      passing: 4,
      gates: [
        { gate: 'region', failing: 5 },
        { gate: 'instrument', failing: 3 },
        { gate: 'legal-form', failing: 0 },
        { gate: 'stage', failing: 0 },
        { gate: 'ticket-range', failing: 0 },
        { gate: 'esus', failing: 0 },
      ],
    });
  });

  it('shows no count of 1 or 2, so that no investor can be singled out', async () => {
    await investors(2, 'fits');
    await investors(1, 'elsewhere', { regions: ['FR-BRE'] });

    const view = await insights.execute({ applicationId: 'app-1', actor: owner });

    expect(view.theses).toBe(3);
    expect(view.passing).toBeNull();
    expect(view.gates[0]).toEqual({ gate: 'region', failing: null });
  });

  it('answers the owner and operators; anyone else as if the application did not exist', async () => {
    await expect(
      insights.execute({ applicationId: 'app-1', actor: { id: 'op', roles: ['operator'] } }),
    ).resolves.toMatchObject({ theses: 0 });
    for (const [applicationId, actor] of [
      ['app-1', { id: 'someone-else', roles: ['applicant'] }],
      ['no-such-app', owner],
    ] as const) {
      await expect(
        insights.execute({ applicationId, actor: { ...actor, roles: [...actor.roles] } }),
      ).rejects.toMatchObject({
        reason: 'application.not-found',
      });
    }
  });

  it('has nothing to compare for a draft that lacks what the gates read', async () => {
    await world.projections.saveIfNewer(aProjection({ applicationId: 'draft', status: 'draft', request: {} }));

    await expect(insights.execute({ applicationId: 'draft', actor: owner })).resolves.toEqual({
      theses: null,
      passing: null,
      gates: [],
    });
  });
});
