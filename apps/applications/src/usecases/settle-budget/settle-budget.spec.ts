import { journey, nextRequestId, operator, testConfig } from '../../../test/fakes/journey';

const LIFETIME_MS = 60_000;

describe('SettleBudget and the sweep', () => {
  async function held() {
    const sut = await journey(testConfig({ BUDGET_HOLD_LIFETIME_MS: LIFETIME_MS }));
    const eligible = await sut.eligible();
    const hold = await sut.reserve.execute({
      programmeId: 'programme-1',
      requestId: nextRequestId(),
      actor: operator,
      applicationId: eligible.id,
    });
    const budget = () => sut.getProgramme.execute({ programmeId: 'programme-1', actor: operator });
    const settle = () =>
      sut.settle.execute({ programmeId: 'programme-1', requestId: nextRequestId(), applicationId: eligible.id });
    return { sut, eligible, hold, budget, settle };
  }

  /** Moves the hold back in time, as if the gateway had died right after taking it. */
  async function age(sut: Awaited<ReturnType<typeof journey>>, ms: number) {
    const programme = sut.programmes.items.get('programme-1');
    for (const hold of programme?.holds ?? []) hold.heldAt = new Date(hold.heldAt.getTime() - ms);
  }

  it('commits the hold a decision names', async () => {
    const { sut, eligible, hold, budget, settle } = await held();
    await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'funded',
      reason: 'Comité',
      holdId: hold.holdId,
    });
    expect(sut.settler.asked).toEqual([{ programmeId: 'programme-1', applicationId: eligible.id }]);

    expect(await settle()).toMatchObject({ state: 'committed', amountCents: 4_000_000 });
    expect(await budget()).toMatchObject({ committedCents: 4_000_000, heldCents: 0, remainingCents: 96_000_000 });
    await settle();
    expect(sut.programmes.events.filter((e) => e.type === 'programme.budget-changed')).toHaveLength(2);
  });

  it('leaves a live hold alone, and the sweep has an expired one released', async () => {
    const { sut, budget, settle } = await held();
    expect(await settle()).toMatchObject({ state: 'held' });
    expect(await sut.sweep.execute({ now: new Date() })).toBe(0);

    await age(sut, LIFETIME_MS);
    expect(await sut.sweep.execute({ now: new Date() })).toBe(1);
    expect(await settle()).toMatchObject({ state: 'released' });
    expect(await budget()).toMatchObject({ committedCents: 0, heldCents: 0, remainingCents: 100_000_000 });
    expect(await sut.sweep.execute({ now: new Date() })).toBe(0);
  });

  it('gives a decision its hold back, committed, if the sweep released it meanwhile', async () => {
    const { sut, eligible, hold, budget, settle } = await held();
    await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'funded',
      reason: 'Comité',
      holdId: hold.holdId,
    });
    const programme = sut.programmes.items.get('programme-1');
    if (programme?.holds) programme.holds[0].state = 'released';

    expect(await settle()).toMatchObject({ state: 'committed' });
    expect(await budget()).toMatchObject({ committedCents: 4_000_000 });
  });
});
