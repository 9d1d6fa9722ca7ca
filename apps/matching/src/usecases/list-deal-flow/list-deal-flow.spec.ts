import type { Actor } from '@pollen/contracts';

import { aProjection } from '../../../test/factories/application-projection.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { ListDealFlow } from './list-deal-flow.usecase';

describe('ListDealFlow', () => {
  const actor: Actor = { id: 'investor-1', roles: ['investor'] };
  let world: ReturnType<typeof matchmakingWorld>;
  let listDealFlow: ListDealFlow;

  beforeEach(async () => {
    world = matchmakingWorld();
    listDealFlow = new ListDealFlow(world.investors, world.matches, world.projections);
    await world.approvedInvestor('investor-1');
    for (const [applicationId, name] of [
      ['app-1', 'Atelier Un'],
      ['app-2', 'Atelier Deux'],
      ['app-3', 'Atelier Trois'],
    ]) {
      await world.projections.saveIfNewer(
        aProjection({
          applicationId,
          organisation: { ...aProjection().organisation, name },
          project: { ...aProjection().project, title: `Projet ${name}` },
        }),
      );
    }
  });

  const seed = async (...matches: Parameters<typeof aMatch>[0][]) => {
    for (const match of matches) await world.matches.insert(aMatch(match), []);
  };

  it('lists the investor’s own matches, best score first, then the most recent, in pages', async () => {
    await seed(
      { applicationId: 'app-1', score: 70, proposedAt: new Date('2026-11-01T10:00:00Z') },
      { applicationId: 'app-2', score: 85, proposedAt: new Date('2026-10-01T10:00:00Z') },
      { applicationId: 'app-3', score: 70, proposedAt: new Date('2026-11-20T10:00:00Z') },
      { applicationId: 'app-1', investorId: 'someone-else', score: 99 },
    );

    const first = await listDealFlow.execute({ actor, query: { limit: 2 } });
    const second = await listDealFlow.execute({ actor, query: { limit: 2, cursor: first.nextCursor as string } });

    expect(first.items.map((item) => item.project.organisation.name)).toEqual(['Atelier Deux', 'Atelier Trois']);
    expect(second.items.map((item) => item.project.organisation.name)).toEqual(['Atelier Un']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows the project redacted, with the score and explanation frozen at proposal', async () => {
    await seed({ applicationId: 'app-1', score: 72, explanation: [] });

    const [item] = (await listDealFlow.execute({ actor, query: {} })).items;

    expect(item).toMatchObject({
      score: 72,
      status: 'proposed',
      project: {
        organisation: { name: 'Atelier Un', legalForm: 'association', region: 'FR-HDF', esus: true },
        project: { title: 'Projet Atelier Un', impactAreas: ['inclusion', 'employment'], stage: 'seed' },
        request: { amountCents: 2_500_000, instrument: 'loan' },
      },
    });
    expect(JSON.stringify(item)).not.toMatch(/owner-1|siren|732829320|Deux ateliers/);
  });

  it('filters by status', async () => {
    await seed({ applicationId: 'app-1' }, { applicationId: 'app-2', status: 'passed' });

    const passed = await listDealFlow.execute({ actor, query: { status: 'passed' } });

    expect(passed.items.map((item) => item.project.organisation.name)).toEqual(['Atelier Deux']);
  });

  it.each(['pending', 'rejected', 'suspended'] as const)('refuses a %s investor', async (status) => {
    await world.changeInvestor('investor-1', (investor) => {
      investor.status = status;
    });

    await expect(listDealFlow.execute({ actor, query: {} })).rejects.toMatchObject({ reason: 'investor.not-approved' });
  });
});
