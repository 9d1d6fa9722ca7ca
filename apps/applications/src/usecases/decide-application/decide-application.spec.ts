import { ErrorCode } from '@pollen/contracts';

import { alice, journey, nextRequestId, operator } from '../../../test/fakes/journey';
import { assertTermsApply } from './decide-application.usecase';

describe('DecideApplication', () => {
  it('records the operator’s decision on an eligible application, with the written reason and the hold it spends', async () => {
    const sut = await journey();
    const eligible = await sut.submitNow(await sut.completeDraft());
    const hold = await sut.reserve.execute({
      programmeId: 'programme-1',
      requestId: nextRequestId(),
      actor: operator,
      applicationId: eligible.id,
    });

    const view = await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'funded',
      reason: 'Comité d’engagement du 12 juin : projet solide',
      holdId: hold.holdId,
    });

    expect(view.status).toBe('funded');
    expect(view.history.at(-1)).toMatchObject({
      status: 'funded',
      by: 'ops',
      reason: 'Comité d’engagement du 12 juin : projet solide',
    });
    expect(sut.store.events.at(-1)).toMatchObject({
      type: 'application.decided',
      aggregateVersion: eligible.version + 1,
      data: {
        decision: 'funded',
        reason: 'Comité d’engagement du 12 juin : projet solide',
        by: 'ops',
        amountCents: 4_000_000,
        fundedBy: 'programme',
      },
    });
    expect(view.version).toBe(eligible.version + 1);
    expect(sut.settler.asked).toEqual([{ programmeId: 'programme-1', applicationId: eligible.id }]);
  });

  it('refuses a programme-funded decision without a live hold (409), and investor funding from an introduction the application never had (422)', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    const decide = (more: object) =>
      sut.decide.execute({
        applicationId: eligible.id,
        requestId: nextRequestId(),
        actor: operator,
        decision: 'funded',
        reason: 'Comité',
        ...more,
      });

    await expect(decide({})).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'decision.budget-hold-required',
    });
    await expect(decide({ holdId: 'made-up' })).rejects.toMatchObject({ reason: 'decision.budget-hold-required' });
    await expect(decide({ fundedBy: 'investor', matchId: 'match-1' })).rejects.toMatchObject({
      code: ErrorCode.Unprocessable,
      reason: 'decision.investor-funding-unavailable',
    });
    await expect(decide({ holdId: 'made-up', terms: { annualRatePercent: 2 } })).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: { errors: [expect.objectContaining({ field: 'terms.annualRatePercent', code: 'notForInstrument' })] },
    });
    await expect(decide({ fundedBy: 'investor', matchId: 'match-1', amountCents: 4_000_001 })).rejects.toMatchObject({
      extras: { errors: [expect.objectContaining({ field: 'amountCents', code: 'atMostRequested' })] },
    });
    await expect(decide({ fundedBy: 'investor' })).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: { errors: [expect.objectContaining({ field: 'matchId', code: 'requiredWithInvestor' })] },
    });
    expect((await sut.store.findById(eligible.id))?.status).toBe('eligible');
  });

  it('records an investor’s funding from the application’s introduction: the amount requested by default, no budget spent', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    await sut.startDiscussion.execute({
      applicationId: eligible.id,
      matchId: 'match-1',
      investorId: 'investor-1',
      acceptedBy: eligible.ownerId,
      eventId: 'evt-introduced',
      at: new Date(),
    });

    const view = await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'funded',
      reason: 'Le fonds investit',
      fundedBy: 'investor',
      matchId: 'match-1',
    });

    expect(view.status).toBe('funded');
    expect(sut.store.events.at(-1)).toMatchObject({
      type: 'application.decided',
      data: { decision: 'funded', fundedBy: 'investor', matchId: 'match-1', amountCents: 4_000_000 },
    });
    expect(sut.settler.asked).toEqual([]);
  });

  it('refuses a hold in the last tenth of its life: the sweep could release it before the decision is recorded', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z'), doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const sut = await journey();
      const eligible = await sut.eligible();
      const hold = await sut.reserve.execute({
        programmeId: 'programme-1',
        requestId: nextRequestId(),
        actor: operator,
        applicationId: eligible.id,
      });
      // 10 minutes' life: 9 min 1 s on, 59 s are left.
      jest.setSystemTime(new Date('2026-12-01T10:09:01Z'));
      await expect(
        sut.decide.execute({
          applicationId: eligible.id,
          requestId: nextRequestId(),
          actor: operator,
          decision: 'funded',
          reason: 'Comité',
          holdId: hold.holdId,
        }),
      ).rejects.toMatchObject({ reason: 'decision.budget-hold-required' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('declines without a hold, spending nothing', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();

    const view = await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'declined',
      reason: 'Hors périmètre',
    });

    expect(view.status).toBe('declined');
    expect(sut.settler.asked).toEqual([]);
    expect(sut.store.events.at(-1)?.data).not.toHaveProperty('fundedBy');
  });

  it('refuses a decision on a draft (409) and from an applicant (403)', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const decide = (actor = operator) =>
      sut.decide.execute({
        applicationId: draft.id,
        requestId: nextRequestId(),
        actor,
        decision: 'declined',
        reason: 'x',
      });
    await expect(decide()).rejects.toMatchObject({ code: ErrorCode.Conflict, reason: 'application.not-decidable' });
    await expect(decide(alice)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });

  it('refuses a term the instrument’s agreement does not state, and a grace period as long as the loan', () => {
    expect(() => assertTermsApply('loan', { annualRatePercent: 2.5, graceMonths: 6 }, 36)).not.toThrow();
    expect(() => assertTermsApply('loan', { graceMonths: 36 }, 36)).toThrow(
      expect.objectContaining({
        extras: { errors: [expect.objectContaining({ field: 'terms.graceMonths', code: 'belowDuration' })] },
      }),
    );
    expect(() => assertTermsApply('grant', { discountPercent: 20 }, 36)).toThrow(
      expect.objectContaining({
        extras: { errors: [expect.objectContaining({ field: 'terms.discountPercent', code: 'notForInstrument' })] },
      }),
    );
  });
});
