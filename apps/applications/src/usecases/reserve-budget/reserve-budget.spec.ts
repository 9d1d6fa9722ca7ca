import { ErrorCode } from '@pollen/contracts';

import { alice, bob, journey, nextRequestId, operator } from '../../../test/fakes/journey';

describe('ReserveBudget', () => {
  const reserve = (sut: Awaited<ReturnType<typeof journey>>, applicationId: string, amountCents?: number) =>
    sut.reserve.execute({
      programmeId: 'programme-1',
      requestId: nextRequestId(),
      actor: operator,
      applicationId,
      amountCents,
    });

  it('holds the amount requested, and gives the same hold when asked again for the application', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();

    const first = await reserve(sut, eligible.id);
    const again = await reserve(sut, eligible.id);

    expect(first).toMatchObject({
      programmeId: 'programme-1',
      applicationId: eligible.id,
      amountCents: 4_000_000,
      state: 'held',
    });
    expect(again).toEqual(first);
    expect(sut.programmes.events.filter((e) => e.type === 'programme.budget-changed')).toHaveLength(1);
    const view = await sut.getProgramme.execute({ programmeId: 'programme-1', actor: operator });
    expect(view).toMatchObject({ committedCents: 0, heldCents: 4_000_000, remainingCents: 96_000_000 });
  });

  it('refuses a hold over the remaining budget (409, with what remains)', async () => {
    const sut = await journey();
    await sut.updateProgramme.execute({
      programmeId: 'programme-1',
      requestId: nextRequestId(),
      actor: operator,
      patch: { budgetCents: 5_000_000 },
    });
    await reserve(sut, (await sut.eligible(alice)).id);

    await expect(reserve(sut, (await sut.eligible(bob)).id)).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'programme.budget-exceeded',
      extras: { details: { remainingCents: 1_000_000 } },
    });
  });

  it('refuses more than the amount requested, and an application not yet decidable', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    await expect(reserve(sut, eligible.id, 4_000_001)).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: { errors: [{ field: 'amountCents', code: 'atMostRequested' }] },
    });
    const draft = await sut.completeDraft(bob);
    await expect(reserve(sut, draft.id)).rejects.toMatchObject({ reason: 'application.not-decidable' });
  });

  it('shows the budget to operators only', async () => {
    const sut = await journey();
    const view = await sut.getProgramme.execute({ programmeId: 'programme-1', actor: alice });
    expect(view).not.toHaveProperty('remainingCents');
    expect(view).not.toHaveProperty('committedCents');
  });
});
