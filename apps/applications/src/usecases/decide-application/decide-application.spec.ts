import { ErrorCode } from '@pollen/contracts';

import { alice, journey, nextRequestId, operator } from '../../../test/fakes/journey';

describe('DecideApplication', () => {
  it('records the operator’s decision on an eligible application, with the written reason', async () => {
    const sut = await journey();
    const eligible = await sut.submitNow(await sut.completeDraft());

    const view = await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'funded',
      reason: 'Comité d’engagement du 12 juin : projet solide',
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
      data: { decision: 'funded', reason: 'Comité d’engagement du 12 juin : projet solide', by: 'ops' },
    });
    expect(view.version).toBe(eligible.version + 1);
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
});
