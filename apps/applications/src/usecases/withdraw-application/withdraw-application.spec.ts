import { ErrorCode } from '@pollen/contracts';

import { alice, journey, nextRequestId, operator } from '../../../test/fakes/journey';

describe('WithdrawApplication', () => {
  it('withdraws a draft with the reason in the history, and lets the organisation apply again', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft(alice, 'first');

    const view = await sut.withdraw.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      reason: 'Projet reporté',
    });

    expect(view.status).toBe('withdrawn');
    expect(view.history.at(-1)).toMatchObject({ status: 'withdrawn', by: 'alice', reason: 'Projet reporté' });
    expect(sut.store.events.map((e) => e.type)).toContain('application.withdrawn');
    await expect(sut.completeDraft(alice, 'second')).resolves.toMatchObject({ status: 'draft' });
  });

  it('withdraws an eligible application, but not a withdrawn one again', async () => {
    const sut = await journey();
    const eligible = await sut.submitNow(await sut.completeDraft());
    const withdrawn = await sut.withdraw.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: alice,
    });
    expect(withdrawn.history.at(-1)?.reason).toBe('Withdrawn by the applicant');
    await expect(
      sut.withdraw.execute({ applicationId: eligible.id, requestId: nextRequestId(), actor: alice }),
    ).rejects.toMatchObject({
      code: ErrorCode.Conflict,
    });
  });

  it('is for the applicant only: an operator gets 404', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    await expect(
      sut.withdraw.execute({ applicationId: draft.id, requestId: nextRequestId(), actor: operator }),
    ).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });
});
