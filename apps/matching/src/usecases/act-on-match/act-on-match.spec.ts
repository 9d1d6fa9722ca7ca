import type { Actor } from '@pollen/contracts';

import { aProjection } from '../../../test/factories/application-projection.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { ActOnMatch } from './act-on-match.usecase';

describe('ActOnMatch', () => {
  const actor: Actor = { id: 'investor-1', roles: ['investor'] };
  let world: ReturnType<typeof matchmakingWorld>;
  let actOnMatch: ActOnMatch;
  const match = aMatch();

  beforeEach(async () => {
    world = matchmakingWorld();
    actOnMatch = new ActOnMatch(world.investors, world.matches, world.projections);
    await world.approvedInvestor('investor-1');
    await world.projections.saveIfNewer(aProjection());
    await world.matches.insert(match, []);
  });

  const interest = (requestId = 'req-1', by = actor) =>
    actOnMatch.execute({
      matchId: match.id,
      requestId,
      actor: by,
      action: 'express-interest',
      interest: { amountCents: 2_000_000, message: 'Parlons-en' },
    });
  const pass = (requestId = 'req-2') =>
    actOnMatch.execute({
      matchId: match.id,
      requestId,
      actor,
      action: 'pass',
      pass: { reason: 'ticket-size', comment: 'Trop petit' },
    });

  it('records interest: the message on the match, the amount on the event, not the message', async () => {
    const view = await interest();

    expect(view).toMatchObject({
      status: 'interested',
      version: 2,
      interest: { amountCents: 2_000_000, message: 'Parlons-en' },
    });
    expect(world.matchEvents()).toEqual([
      {
        type: 'match.interest-expressed',
        matchId: match.id,
        applicationId: 'app-1',
        investorId: 'investor-1',
        programmeId: 'programme-1',
        amountCents: 2_000_000,
      },
    ]);
  });

  it('passes from proposed or interested, with the reason on the event and the comment kept on the match', async () => {
    await interest();
    const view = await pass();

    expect(view).toMatchObject({ status: 'passed', pass: { reason: 'ticket-size', comment: 'Trop petit' } });
    expect(world.matchEvents().at(-1)).toEqual(
      expect.objectContaining({ type: 'match.passed', reason: 'ticket-size' }),
    );
    expect(JSON.stringify(world.matchEvents())).not.toContain('Trop petit');
  });

  it('answers a redelivered request with the match as it is, writing nothing twice', async () => {
    await interest('req-1');
    await interest('req-1');

    expect(world.matchEvents()).toHaveLength(1);
  });

  it('refuses what the status does not allow (409) and another investor’s match (404, as for none)', async () => {
    await pass();

    await expect(interest('req-3')).rejects.toMatchObject({ reason: 'match.illegal-transition' });
    await world.approvedInvestor('investor-2');
    await expect(interest('req-4', { id: 'investor-2', roles: ['investor'] })).rejects.toMatchObject({
      reason: 'match.not-found',
    });
  });

  it('refuses an investor no longer approved', async () => {
    await world.changeInvestor('investor-1', (investor) => {
      investor.status = 'suspended';
    });

    await expect(interest()).rejects.toMatchObject({ reason: 'investor.not-approved' });
  });
});
