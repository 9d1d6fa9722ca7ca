import { type Actor, ErrorCode } from '@pollen/contracts';
import { RecordingErasureLog } from '@pollen/testing';

import { anInvestor, aProfile } from '../../../test/factories/investor.factory';
import { InMemoryInvestorStore } from '../../../test/fakes/in-memory-investor.store';
import { RegisterInvestor } from '../register-investor/register-investor.usecase';
import { UpdateInvestorProfile } from './update-investor-profile.usecase';

const investor: Actor = { id: 'investor-1', roles: ['investor'] };

describe('UpdateInvestorProfile', () => {
  let store: InMemoryInvestorStore;
  let sut: UpdateInvestorProfile;
  let erasures: RecordingErasureLog;
  let requests = 0;
  const patch = (body: Record<string, unknown>, expectedVersions: number[] | undefined, actor: Actor = investor) =>
    sut.execute({ investorId: 'investor-1', requestId: `r-${++requests}`, actor, patch: body, expectedVersions });
  const register = () =>
    new RegisterInvestor(store).execute({ investorId: 'investor-1', eventId: 'account-event-1', at: new Date() });

  beforeEach(() => {
    store = new InMemoryInvestorStore();
    erasures = new RecordingErasureLog();
    sut = new UpdateInvestorProfile(store, erasures);
  });

  it('merges the patch, bumps the version and publishes the profile without the contact', async () => {
    await store.insert(anInvestor({ profile: aProfile(), organisationStated: true }), []);

    const view = await patch({ thesis: { sdgs: [13], regions: ['FR-IDF'] }, contact: { phone: '+33 1 23 45 67 89' } }, [
      1,
    ]);

    expect(view).toMatchObject({ version: 2, status: 'pending' });
    expect(view.profile?.thesis).toMatchObject({ sdgs: [13], regions: ['FR-IDF'], ticketMinCents: 1_000_000 });
    expect(view.profile?.contact.phone).toBe('+33 1 23 45 67 89');
    expect(store.events).toEqual([expect.objectContaining({ type: 'investor.profile-updated', aggregateVersion: 2 })]);
    expect(store.events[0].data).not.toHaveProperty('contact');
    expect(store.events[0].data).not.toHaveProperty('organisation');
  });

  it('states the organisation on its own topic when it changes, and only then', async () => {
    await store.insert(anInvestor({ profile: aProfile(), organisationStated: true }), []);

    const view = await patch({ organisation: { name: 'Jean Dupont', siren: null } }, [1]);

    expect(view.version).toBe(3);
    expect(store.events.map(({ type, aggregateVersion, data }) => [type, aggregateVersion, data])).toEqual([
      ['investor.profile-updated', 2, expect.not.objectContaining({ organisation: expect.anything() })],
      ['investor.organisation-stated', 3, { investorId: 'investor-1', organisation: { name: 'Jean Dupont' } }],
    ]);
  });

  it('refuses a patch that reaches it after its author was erased: the profile stays gone', async () => {
    erasures.erasedAccounts.add('investor-1');

    await expect(patch(aProfile() as unknown as Record<string, unknown>, [0])).rejects.toMatchObject({
      reason: 'investor.not-found',
    });
    expect(await store.findById('investor-1')).toBeNull();
    expect(store.events).toEqual([]);
  });

  it('lists every invalid field in one 400', async () => {
    await store.insert(anInvestor(), []);
    const invalid = aProfile({ kind: 'hedge-fund' as never });
    invalid.organisation.siren = '123456789';
    invalid.thesis = { ...invalid.thesis, ticketMinCents: 5_000_000, ticketMaxCents: 1_000_000, sdgs: [0, 18] };
    invalid.thesis.engagementDimensions = ['charity' as never];

    const attempt = patch(invalid as unknown as Record<string, unknown>, [1]);

    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    const fields = await attempt.catch((error) => error.extras.errors.map((e: { field: string }) => e.field));
    expect(new Set(fields)).toEqual(
      new Set(['organisation.siren', 'kind', 'thesis.ticketMaxCents', 'thesis.sdgs', 'thesis.engagementDimensions']),
    );
    expect(store.events).toHaveLength(0);
  });

  it('refuses an incomplete first profile, naming what is missing', async () => {
    await expect(patch({ organisation: { name: 'Fonds' } }, [0])).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
      extras: { errors: expect.arrayContaining([expect.objectContaining({ field: 'contact' })]) },
    });
  });

  it('refuses a stale version with 412, and anyone but the investor themself with 403', async () => {
    await store.insert(anInvestor({ profile: aProfile(), version: 3 }), []);

    await expect(patch({ active: false }, [2])).rejects.toMatchObject({
      code: ErrorCode.PreconditionFailed,
      reason: 'investor.version-mismatch',
    });
    await expect(patch({ active: false }, [3], { id: 'investor-2', roles: ['investor'] })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    await expect(patch({ active: false }, [3], { id: 'investor-1', roles: ['applicant'] })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
  });

  describe('whichever comes first, the account event or the first patch, one investor', () => {
    it('the patch first creates the investor, and the account event then changes nothing', async () => {
      const view = await patch(aProfile() as unknown as Record<string, unknown>, [0]);

      expect(view).toMatchObject({ id: 'investor-1', status: 'pending', version: 3 });
      expect(await register()).toBe('duplicate');
      expect(store.events.map((event) => [event.type, event.aggregateVersion])).toEqual([
        ['investor.registered', 1],
        ['investor.profile-updated', 2],
        ['investor.organisation-stated', 3],
      ]);
    });

    it('the account event first, and the patch with If-Match "0" (the empty profile read before) still applies', async () => {
      expect(await register()).toBe('applied');

      const view = await patch(aProfile() as unknown as Record<string, unknown>, [0]);

      expect(view).toMatchObject({ status: 'pending', version: 3 });
      expect(store.events.map((event) => [event.type, event.aggregateVersion])).toEqual([
        ['investor.registered', 1],
        ['investor.profile-updated', 2],
        ['investor.organisation-stated', 3],
      ]);
    });

    it('the account event lands between the patch’s read and its insert: the patch applies to that investor', async () => {
      const insert = store.insert.bind(store);
      jest.spyOn(store, 'insert').mockImplementationOnce(async (...args) => {
        await register();
        return insert(...args);
      });

      const view = await patch(aProfile() as unknown as Record<string, unknown>, [0]);

      expect(view).toMatchObject({ version: 3, profile: expect.objectContaining({ kind: 'impact-fund' }) });
      expect(store.events.map((event) => event.type)).toEqual([
        'investor.registered',
        'investor.profile-updated',
        'investor.organisation-stated',
      ]);
    });

    it('"0" no longer matches once the profile was filled in', async () => {
      await patch(aProfile() as unknown as Record<string, unknown>, [0]);

      await expect(patch({ active: false }, [0])).rejects.toMatchObject({ code: ErrorCode.PreconditionFailed });
    });
  });
});
