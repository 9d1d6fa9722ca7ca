import { ErrorCode } from '@pollen/contracts';

import { authKit, lea } from '../../../test/fakes/auth-kit';

describe('UpdateMyAccount', () => {
  const registered = async () => {
    const kit = authKit();
    const view = await kit.register.execute(lea);
    kit.accounts.events.length = 0;
    return { kit, actor: { id: view.id, roles: ['applicant' as const] } };
  };

  it('changes the name and the language, publishing the new contact and the new locale', async () => {
    const { kit, actor } = await registered();

    const view = await kit.update.execute({ actor, displayName: '  Léa Martin ', locale: 'en' });

    expect(view).toMatchObject({ id: actor.id, displayName: 'Léa Martin', locale: 'en', email: 'lea@example.org' });
    expect(await kit.accounts.findById(actor.id)).toMatchObject({
      displayName: 'Léa Martin',
      locale: 'en',
      version: 4,
    });
    expect(kit.accounts.events).toEqual([
      expect.objectContaining({
        type: 'account.locale-changed',
        aggregateVersion: 3,
        data: { accountId: actor.id, locale: 'en' },
      }),
      expect.objectContaining({
        type: 'account.contact-changed',
        aggregateVersion: 4,
        data: {
          accountId: actor.id,
          email: 'lea@example.org',
          displayName: 'Léa Martin',
          locale: 'en',
          role: 'applicant',
        },
      }),
    ]);
  });

  it('publishes the contact alone when only the name changes', async () => {
    const { kit, actor } = await registered();

    await kit.update.execute({ actor, displayName: 'Léa M.' });

    expect(kit.accounts.events.map((event) => event.type)).toEqual(['account.contact-changed']);
  });

  it('writes nothing for an empty change or the values the account already has', async () => {
    const { kit, actor } = await registered();

    await expect(kit.update.execute({ actor })).resolves.toMatchObject({ displayName: 'Léa Dubois', locale: 'fr' });
    await kit.update.execute({ actor, displayName: ' Léa Dubois', locale: 'fr' });

    expect(kit.accounts.events).toEqual([]);
    expect((await kit.accounts.findById(actor.id))?.version).toBe(2);
  });

  it('makes the change again on the stored account when another write came in between', async () => {
    const { kit, actor } = await registered();
    const update = jest.spyOn(kit.accounts, 'update');
    update.mockResolvedValueOnce(false);

    await expect(kit.update.execute({ actor, locale: 'en' })).resolves.toMatchObject({ locale: 'en' });

    expect(update).toHaveBeenCalledTimes(2);
    expect(kit.accounts.events.map((event) => event.type)).toEqual([
      'account.locale-changed',
      'account.contact-changed',
    ]);
  });

  it('gives up with its reason code when other writes keep winning', async () => {
    const { kit, actor } = await registered();
    jest.spyOn(kit.accounts, 'update').mockResolvedValue(false);

    await expect(kit.update.execute({ actor, locale: 'en' })).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'account.changed-concurrently',
    });
  });

  it('says the account is gone when it no longer exists', async () => {
    const kit = authKit();

    await expect(
      kit.update.execute({ actor: { id: 'gone', roles: ['applicant'] }, locale: 'en' }),
    ).rejects.toMatchObject({ reason: 'account.gone' });
  });

  it('shows an investor its vetting status, as GET /v1/me does', async () => {
    const kit = authKit();
    const view = await kit.register.execute({ ...lea, role: 'investor' });
    await kit.vetting.saveIfNewer(view.id, 'approved', 2);

    const updated = await kit.update.execute({ actor: { id: view.id, roles: ['investor'] }, locale: 'en' });

    expect(updated.vettingStatus).toBe('approved');
  });
});
