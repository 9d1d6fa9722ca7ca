import { type Actor, ErrorCode, type InvestorStatus, type VettingAction } from '@pollen/contracts';

import { anInvestor } from '../../../test/factories/investor.factory';
import { InMemoryInvestorStore } from '../../../test/fakes/in-memory-investor.store';
import { VetInvestor } from './vet-investor.usecase';

const operator: Actor = { id: 'op-1', roles: ['operator'] };
const investor: Actor = { id: 'investor-1', roles: ['investor'] };

describe('VetInvestor', () => {
  let store: InMemoryInvestorStore;
  let sut: VetInvestor;
  let requests = 0;
  const vet = (action: VettingAction, reason?: string, actor: Actor = operator) =>
    sut.execute({ investorId: 'investor-1', requestId: `r-${++requests}`, actor, action, reason });
  const stored = (status: InvestorStatus) => store.insert(anInvestor({ status }), []);

  beforeEach(() => {
    store = new InMemoryInvestorStore();
    sut = new VetInvestor(store);
  });

  it.each([
    ['pending', 'approve', 'approved', 'investor.approved'],
    ['pending', 'reject', 'rejected', 'investor.rejected'],
    ['approved', 'suspend', 'suspended', 'investor.suspended'],
    ['suspended', 'reinstate', 'approved', 'investor.reinstated'],
  ] as const)('from %s, %s leads to %s and says so in %s', async (from, action, to, type) => {
    await stored(from);

    const view = await vet(action, 'Pièces manquantes');

    expect(view).toMatchObject({ status: to, version: 2 });
    expect(store.events).toEqual([
      expect.objectContaining({
        type,
        subject: 'investor-1',
        aggregateVersion: 2,
        data: expect.objectContaining({ by: 'op-1' }),
      }),
    ]);
  });

  it('keeps the reason of a rejection or suspension, and clears it on reinstatement', async () => {
    await stored('approved');

    expect(await vet('suspend', 'Plainte en cours')).toMatchObject({ statusReason: 'Plainte en cours' });
    expect(store.events[0].data).toMatchObject({ reason: 'Plainte en cours' });
    expect(await vet('reinstate')).not.toHaveProperty('statusReason');
  });

  // Every pair of status and action but the four legal ones above.
  const LEGAL = ['pending approve', 'pending reject', 'approved suspend', 'suspended reinstate'];
  const STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
  const ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
  const illegal = STATUSES.flatMap((from) => ACTIONS.map((action) => [from, action] as const)).filter(
    ([from, action]) => !LEGAL.includes(`${from} ${action}`),
  );

  it.each(illegal)('refuses %s → %s with 409 investor.illegal-transition, writing nothing', async (from, action) => {
    await stored(from);

    await expect(vet(action, 'x')).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'investor.illegal-transition',
    });
    expect(store.events).toHaveLength(0);
  });

  it('answers 404 for an unknown investor and 403 to anyone but an operator', async () => {
    await expect(vet('approve')).rejects.toMatchObject({ code: ErrorCode.NotFound, reason: 'investor.not-found' });
    await stored('pending');
    await expect(vet('approve', undefined, investor)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });

  it('applies a redelivered request once', async () => {
    await stored('pending');
    const command = { investorId: 'investor-1', requestId: 'same', actor: operator, action: 'approve' as const };

    await sut.execute(command);
    expect(await sut.execute(command)).toMatchObject({ status: 'approved', version: 2 });
    expect(store.events).toHaveLength(1);
  });
});
