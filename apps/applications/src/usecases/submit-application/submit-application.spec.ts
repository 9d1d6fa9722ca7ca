import { type DomainException, ErrorCode } from '@pollen/contracts';

import { alice, bob, journey, nextRequestId } from '../../../test/fakes/journey';

describe('SubmitApplication', () => {
  it('submits and screens a complete draft: eligible, with the history and every event', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();

    const view = await sut.submitNow(draft);

    expect(view.status).toBe('eligible');
    expect(view.submittedAt).toBeDefined();
    expect(view.screening).toMatchObject({
      result: 'eligible',
      reasons: [],
      rulesApplied: { programmeVersion: 1, kind: 'grant' },
    });
    expect(view.history.map((h) => [h.status, h.by])).toEqual([
      ['draft', 'alice'],
      ['submitted', 'alice'],
      ['eligible', 'system'],
    ]);
    const types = sut.store.events.slice(1).map((e) => [e.type, e.aggregateVersion]);
    // One fact, one event: the submission moves the ETag by two.
    expect(types).toEqual([
      ['application.submitted', 2],
      ['application.screened', 3],
    ]);
    expect(sut.store.events.at(-1)?.data).toMatchObject({ result: 'eligible', reasons: [], applicationId: view.id });
    expect(view.version).toBe(3);
  });

  it('screens an application that fails rules as ineligible, with every reason, and that is final', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const edited = await sut.update.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      expectedVersions: [draft.version],
      patch: { organisation: { region: 'FR-BRE', legalForm: 'sas' }, request: { instrument: 'loan' } },
    });

    const view = await sut.submitNow(edited);

    expect(view.status).toBe('ineligible');
    expect(view.screening?.reasons.map((r) => r.rule)).toEqual(['legal-form', 'region', 'instrument']);
    await expect(
      sut.withdraw.execute({ applicationId: view.id, requestId: nextRequestId(), actor: alice }),
    ).rejects.toMatchObject({ code: ErrorCode.Conflict });
    // The organisation may start a new application.
    await expect(sut.completeDraft(alice, 'app-again')).resolves.toMatchObject({ status: 'draft' });
  });

  it('refuses an incomplete draft with 422 listing every missing field', async () => {
    const sut = await journey();
    const draft = await sut.create.execute({
      applicationId: 'bare',
      requestId: nextRequestId(),
      actor: alice,
      draft: { programmeId: 'programme-1', organisation: { name: 'Recyclerie', siren: '552100554' } },
      acceptedAt: new Date(),
    });
    const attempt = sut.submitNow(draft, alice, 'fr');
    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.Unprocessable });
    const error = (await attempt.catch((e: unknown) => e)) as DomainException;
    expect(error.extras.errors).toHaveLength(12);
    // The code the gateway words in the caller's language (libs/platform/http/src/field-messages.ts).
    expect(error.extras.errors?.[0]).toMatchObject({ field: 'organisation.legalForm', code: 'requiredForSubmission' });
  });

  it('refuses a submission the gateway accepted after the deadline, saying so', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const programme = await sut.programmes.findById('programme-1');
    if (!programme) throw new Error('the journey has one programme');
    const late = new Date(programme.closesAt.getTime() + 1);
    const attempt = sut.submit.execute({
      applicationId: draft.id,
      requestId: nextRequestId(),
      actor: alice,
      acceptedAt: late,
      locale: 'en',
    });
    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.Unprocessable,
      reason: 'programme.closed',
      message: expect.stringMatching(/closed/),
      extras: { details: { reason: 'closed' } },
    });
    // Accepted one millisecond before the deadline, even if processed later: on time.
    const onTime = new Date(programme.closesAt.getTime() - 1);
    await expect(
      sut.submit.execute({
        applicationId: draft.id,
        requestId: nextRequestId(),
        actor: alice,
        acceptedAt: onTime,
        locale: 'en',
      }),
    ).resolves.toMatchObject({ status: 'eligible' });
  });

  it("answers 404 to someone submitting another applicant's draft", async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    await expect(sut.submitNow(draft, bob)).rejects.toMatchObject({ code: ErrorCode.NotFound });
  });
});
