import type { Actor } from '@pollen/contracts';

import { aProjection } from '../../../test/factories/application-projection.factory';
import { aProfile } from '../../../test/factories/investor.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { ListApplicationMatches } from './list-application-matches.usecase';

describe('ListApplicationMatches', () => {
  const owner: Actor = { id: 'owner-1', roles: ['applicant'] };
  let world: ReturnType<typeof matchmakingWorld>;
  let list: ListApplicationMatches;
  const at = (day: number) => new Date(`2026-11-0${day}T10:00:00Z`);

  beforeEach(async () => {
    world = matchmakingWorld();
    list = new ListApplicationMatches(world.projections, world.matches, world.investors);
    await world.projections.saveIfNewer(aProjection());
    for (const [id, name, kind] of [
      ['fund', 'Fonds Solidaire', 'impact-fund'],
      ['angel', 'Inès Moreau', 'business-angel'],
      ['shy', 'Fondation Discrète', 'foundation'],
      ['gone', 'Fonds Parti', 'bank'],
    ] as const) {
      await world.approvedInvestor(id, aProfile({ organisation: { name }, kind }));
    }
    const interest = (day: number, amountCents?: number) => ({ message: `Message ${day}`, at: at(day), amountCents });
    await world.matches.insert(
      aMatch({ investorId: 'fund', status: 'interested', interest: interest(2, 3_000_000) }),
      [],
    );
    await world.matches.insert(aMatch({ investorId: 'angel', status: 'declined', interest: interest(4) }), []);
    await world.matches.insert(aMatch({ investorId: 'shy', status: 'proposed' }), []);
    await world.matches.insert(
      aMatch({ investorId: 'gone', status: 'passed', interest: interest(3), pass: { reason: 'stage', at: at(5) } }),
      [],
    );
  });

  it('lists the investors who are interested or were, the latest first, never one only proposed or who passed', async () => {
    const { items } = await list.execute({ applicationId: 'app-1', actor: owner });

    expect(items.map((item) => [item.investor.organisationName, item.investor.kind, item.status])).toEqual([
      ['Inès Moreau', 'business-angel', 'declined'],
      ['Fonds Solidaire', 'impact-fund', 'interested'],
    ]);
    expect(items[1].interest).toEqual({ amountCents: 3_000_000, message: 'Message 2', at: at(2).toISOString() });
    expect(JSON.stringify(items)).not.toMatch(/camille|Camille/);
  });

  it('answers the owner and operators only', async () => {
    await expect(
      list.execute({ applicationId: 'app-1', actor: { id: 'op', roles: ['operator'] } }),
    ).resolves.toMatchObject({ items: expect.any(Array) });
    await expect(
      list.execute({ applicationId: 'app-1', actor: { id: 'someone', roles: ['applicant'] } }),
    ).rejects.toMatchObject({ reason: 'application.not-found' });
  });
});
