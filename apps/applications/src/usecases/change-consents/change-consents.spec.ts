import { type ApplicationView, CURRENT_CONSENT_NOTICE_VERSION, ErrorCode } from '@pollen/contracts';

import { aCompleteDraft } from '../../../test/factories/programme.factory';
import { alice, bob, journey, nextRequestId, operator } from '../../../test/fakes/journey';

const noticeVersion = CURRENT_CONSENT_NOTICE_VERSION;

describe('ChangeConsents', () => {
  async function consent(
    sut: Awaited<ReturnType<typeof journey>>,
    application: ApplicationView,
    shareWithInvestors: boolean,
    actor = alice,
  ): Promise<ApplicationView> {
    return sut.consents.execute({
      applicationId: application.id,
      requestId: nextRequestId(),
      actor,
      shareWithInvestors,
      noticeVersion,
      expectedVersions: [application.version],
    });
  }

  it('records consent given on the draft, with who, when and which notice, in the view, the history and the event', async () => {
    const sut = await journey();
    const { organisation } = aCompleteDraft();

    const draft = await sut.create.execute({
      applicationId: 'app-consent',
      requestId: nextRequestId(),
      actor: alice,
      draft: { programmeId: 'programme-1', organisation, consents: { shareWithInvestors: true, noticeVersion } },
      acceptedAt: new Date(),
    });

    expect(draft.consents).toMatchObject({ shareWithInvestors: true, noticeVersion, by: 'alice' });
    expect(draft.history.at(-1)).toMatchObject({
      status: 'draft',
      by: 'alice',
      consent: { shareWithInvestors: true, noticeVersion },
    });
    expect(sut.store.events.at(-1)?.data).toMatchObject({ consents: { shareWithInvestors: true, noticeVersion } });
  });

  it('defaults to no consent, and records a patch that changes it once', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    expect(draft.consents).toEqual({ shareWithInvestors: false });

    const patch = (shareWithInvestors: boolean, version: number) =>
      sut.update.execute({
        applicationId: draft.id,
        requestId: nextRequestId(),
        actor: alice,
        expectedVersions: [version],
        patch: { consents: { shareWithInvestors, noticeVersion } },
      });
    const granted = await patch(true, draft.version);
    const unchanged = await patch(true, granted.version);

    expect(granted.history.filter((entry) => entry.consent)).toEqual([
      expect.objectContaining({
        reason: 'Consent to be shown to investors given',
        consent: { shareWithInvestors: true, noticeVersion },
      }),
    ]);
    expect(unchanged.history).toHaveLength(granted.history.length);
    expect(sut.store.events.at(-1)).toMatchObject({
      type: 'application.draft-updated',
      data: { consents: { shareWithInvestors: true, noticeVersion } },
    });
  });

  it('lets the owner withdraw and grant again after submission, emitting application.consent-changed each time', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();

    const withdrawn = await consent(sut, eligible, false);
    const granted = await consent(sut, withdrawn, true);

    expect(withdrawn.version).toBe(eligible.version + 1);
    expect(granted).toMatchObject({ status: 'eligible', consents: { shareWithInvestors: true, noticeVersion } });
    expect(granted.history.slice(-2).map((entry) => [entry.status, entry.reason])).toEqual([
      ['eligible', 'Consent to be shown to investors refused'],
      ['eligible', 'Consent to be shown to investors given'],
    ]);
    expect(sut.store.events.slice(-2)).toMatchObject([
      {
        type: 'application.consent-changed',
        data: { applicationId: eligible.id, shareWithInvestors: false, by: 'alice' },
      },
      { type: 'application.consent-changed', data: { shareWithInvestors: true, noticeVersion } },
    ]);
  });

  it('accepts a withdrawal on a final application, but refuses to grant consent there with 409', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    const final = await sut.withdraw.execute({ applicationId: draft.id, requestId: nextRequestId(), actor: alice });

    const withdrawn = await consent(sut, final, false);

    expect(withdrawn.consents.shareWithInvestors).toBe(false);
    await expect(consent(sut, withdrawn, true)).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'application.consent-not-grantable',
    });
  });

  it('refuses a stale version with 412', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    await expect(consent(sut, { ...draft, version: draft.version - 1 }, true)).rejects.toMatchObject({
      code: ErrorCode.PreconditionFailed,
      reason: 'application.version-mismatch',
    });
  });

  it('is for the owner only: anyone else, operators included, gets 404', async () => {
    const sut = await journey();
    const draft = await sut.completeDraft();
    for (const actor of [bob, operator]) {
      await expect(consent(sut, draft, false, actor)).rejects.toMatchObject({ code: ErrorCode.NotFound });
    }
  });
});
