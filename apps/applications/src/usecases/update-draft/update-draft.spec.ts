import { ErrorCode } from '@pollen/contracts';

import { alice, bob, journey, nextRequestId } from '../../../test/fakes/journey';

describe('UpdateDraft', () => {
  it('merges the patch into the draft, bumps the version and announces it', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();

    const updated = await sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version],
      patch: { project: { title: 'Nouveau titre', summary: null }, request: { amountCents: 3_000_000 } },
    });

    expect(updated.version).toBe(draft.version + 1);
    expect(updated.project.title).toBe('Nouveau titre');
    expect(updated.project).not.toHaveProperty('summary');
    expect(updated.project.stage).toBe('seed');
    expect(updated.request.amountCents).toBe(3_000_000);
    expect(sut.store.events.at(-1)).toMatchObject({
      type: 'application.draft-updated',
      aggregateVersion: updated.version,
    });
  });

  it('refuses a change of consent that does not name the notice shown (400 consents.noticeVersion)', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const declined = await sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version],
      patch: { consents: { shareWithInvestors: false, noticeVersion: '2026-12-01' } },
    });
    // Kept from before, the notice version would be one the applicant may not have been shown.
    const attempt = sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [declined.version],
      patch: { consents: { shareWithInvestors: true } },
    });
    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: {
        errors: [expect.objectContaining({ field: 'consents.noticeVersion', code: 'requiredWithConsentChange' })],
      },
    });
  });

  it('refuses a stale version with 412', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const attempt = sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version - 1],
      patch: { project: { title: 'x' } },
    });
    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.PreconditionFailed,
      reason: 'application.version-mismatch',
    });
  });

  it('refuses to change the programme or the SIREN, and unknown fields, listing each', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const immutable = sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version],
      patch: { programmeId: 'other', organisation: { siren: '552100554' } },
    });
    await expect(immutable).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: {
        errors: [
          expect.objectContaining({ field: 'programmeId', code: 'immutable' }),
          expect.objectContaining({ field: 'organisation.siren', code: 'immutable' }),
        ],
      },
    });
    const unknown = sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version],
      patch: { status: 'funded', ownerId: 'mallory' },
    });
    await expect(unknown).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
  });

  it("answers 404 on someone else's draft, and 409 once it is submitted", async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const patch = { project: { title: 'x' } };
    await expect(
      sut.update.execute({
        applicationId: draft.id,
        requestId: nextRequestId(),
        actor: bob,
        expectedVersions: [draft.version],
        patch,
      }),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    const submitted = await sut.submitNow(draft);
    await expect(
      sut.update.execute({
        applicationId: draft.id,
        requestId: nextRequestId(),
        actor: alice,
        expectedVersions: [submitted.version],
        patch,
      }),
    ).rejects.toMatchObject({ code: ErrorCode.Conflict, reason: 'application.not-draft' });
  });

  it('applies a redelivered request once', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const command = {
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version],
      patch: { project: { title: 'x' } },
    };
    const first = await sut.update.execute(command);
    const again = await sut.update.execute(command);
    expect(again).toEqual(first);
    expect(sut.store.events.filter((e) => e.type === 'application.draft-updated')).toHaveLength(1);
  });

  it('accepts If-Match: * (any version) and a list of versions', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const any = await sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      patch: { project: { title: 'a' } },
    });
    const listed = await sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [1, any.version],
      patch: { project: { title: 'b' } },
    });
    expect(listed.project.title).toBe('b');
  });
});
