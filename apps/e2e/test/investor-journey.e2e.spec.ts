import type { AccountView, InvestorView } from '@pollen/contracts';
import { eventually } from '@pollen/testing';

import { anInvestorProfile as aProfile, json, Platform, type Problem } from './platform';

/**
 * An investor through the real gateway and matching service: registers → pending → fills in the
 * profile with If-Match → an operator approves → `GET /v1/me` says approved; then suspension,
 * reinstatement, rejection and the transitions the vetting rules refuse.
 */
describe('an investor, vetted by operators', () => {
  let platform: Platform;
  let operator: string;

  beforeAll(async () => {
    platform = await Platform.start(['matching']);
    operator = await platform.operator();
  });

  afterAll(() => platform?.stop());

  const me = async (token: string) => json<AccountView>(await platform.call('/v1/me', { token }));
  const vettingOf = (token: string, status: string) =>
    eventually(async () => (await me(token)).vettingStatus === status, { what: `GET /v1/me says ${status}` });
  const vet = (id: string, action: string, body?: unknown) =>
    platform.call(`/v1/ops/investors/${id}/${action}`, { method: 'POST', token: operator, body });

  it('applies a profile sent with If-Match "0" right after registration, whether or not matching has seen the account yet', async () => {
    const investor = await platform.signUp('investor');
    const filled = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investor,
      headers: { 'If-Match': '"0"', 'Content-Type': 'application/merge-patch+json' },
      body: aProfile(),
    });
    expect(filled.status).toBe(200);
    const view = await json<InvestorView>(filled);
    expect(view).toMatchObject({ status: 'pending', profile: { organisation: { name: 'Fonds Solidaire Démo' } } });
    const again = await json<InvestorView>(await platform.call('/v1/investors/me', { token: investor }));
    expect(again.profile?.kind).toBe('impact-fund');
  });

  it('registers pending, fills in the profile with If-Match, and is approved', async () => {
    const investor = await platform.signUp('investor');

    expect((await me(investor)).vettingStatus).toBe('pending');
    const read = await platform.call('/v1/investors/me', { token: investor });
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag') ?? '';
    const before = await json<InvestorView>(read);
    expect(before).toMatchObject({ status: 'pending' });
    expect(before).not.toHaveProperty('profile');

    const withoutIfMatch = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investor,
      body: aProfile(),
    });
    expect(withoutIfMatch.status).toBe(428);
    const invalid = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investor,
      headers: { 'If-Match': etag },
      body: { ...aProfile(), thesis: { ...aProfile().thesis, ticketMinCents: 20_000_000, sdgs: [18] } },
    });
    expect(invalid.status).toBe(400);
    expect((await json<Problem>(invalid)).errors?.map((error) => error.field).sort()).toEqual([
      'thesis.sdgs',
      'thesis.ticketMaxCents',
    ]);

    const filled = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investor,
      headers: { 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
      body: aProfile(),
    });
    expect(filled.status).toBe(200);
    const profile = await json<InvestorView>(filled);
    expect(profile.profile).toMatchObject({ kind: 'impact-fund', thesis: { sdgs: [8, 10] } });
    const stale = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investor,
      headers: { 'If-Match': etag },
      body: { active: false },
    });
    expect([stale.status, (await json<Problem>(stale)).code]).toEqual([412, 'investor.version-mismatch']);

    const pending = await platform.call('/v1/ops/investors?status=pending&limit=100', { token: operator });
    expect((await json<{ items: InvestorView[] }>(pending)).items.map((item) => item.id)).toContain(profile.id);
    expect((await platform.call('/v1/ops/investors', { token: investor })).status).toBe(403);

    const approved = await vet(profile.id, 'approve');
    expect([approved.status, (await json<InvestorView>(approved)).status]).toEqual([200, 'approved']);
    await vettingOf(investor, 'approved');
  });

  it('is suspended with a reason, reinstated, and refused the transitions vetting does not allow', async () => {
    const investor = await platform.signUp('investor');
    const { id } = await me(investor);
    // Matching creates the investor from account.registered, without any profile.
    await eventually(async () => (await platform.call(`/v1/ops/investors/${id}`, { token: operator })).status === 200, {
      what: 'matching saw the account',
    });

    expect((await vet(id, 'suspend', { reason: 'Plainte' })).status).toBe(409);
    expect((await vet(id, 'approve')).status).toBe(200);
    expect((await vet(id, 'suspend', { reason: '  ' })).status).toBe(400);
    const suspended = await vet(id, 'suspend', { reason: 'Plainte en cours' });
    expect(await json<InvestorView>(suspended)).toMatchObject({
      status: 'suspended',
      statusReason: 'Plainte en cours',
    });
    await vettingOf(investor, 'suspended');

    const twice = await vet(id, 'approve');
    expect([twice.status, (await json<Problem>(twice)).code]).toEqual([409, 'investor.illegal-transition']);
    expect((await vet(id, 'reinstate')).status).toBe(200);
    await vettingOf(investor, 'approved');
  });

  it('is rejected with a reason, and approving a rejected investor is refused', async () => {
    const investor = await platform.signUp('investor');
    const { id } = await me(investor);
    await eventually(async () => (await platform.call(`/v1/ops/investors/${id}`, { token: operator })).status === 200, {
      what: 'matching saw the account',
    });

    const rejected = await vet(id, 'reject', { reason: 'Hors du périmètre ESS' });
    expect(await json<InvestorView>(rejected)).toMatchObject({
      status: 'rejected',
      statusReason: 'Hors du périmètre ESS',
    });
    await vettingOf(investor, 'rejected');
    const refused = await vet(id, 'approve');
    expect([refused.status, (await json<Problem>(refused)).code]).toEqual([409, 'investor.illegal-transition']);
    expect((await platform.call(`/v1/ops/investors/${crypto.randomUUID()}`, { token: operator })).status).toBe(404);
    expect((await me(await platform.signUp('applicant'))).vettingStatus).toBeNull();
  });
});
