import { ErrorCode } from '@pollen/contracts';

import { authKit, lea } from '../../../test/fakes/auth-kit';

describe('RegisterAccount', () => {
  it('stores the account with a normalised e-mail, announces it without the e-mail, and publishes its contact', async () => {
    const kit = authKit();
    const view = await kit.register.execute(lea);

    expect(view).toMatchObject({ email: 'lea@example.org', displayName: 'Léa Dubois', role: 'applicant' });
    const stored = await kit.accounts.findByEmail('lea@example.org');
    expect(stored?.passwordHash).toBe(`plain:${lea.password}`);
    expect(stored).toMatchObject({ version: 2, contactPublished: true });
    expect(kit.accounts.events).toEqual([
      expect.objectContaining({
        type: 'account.registered',
        subject: view.id,
        aggregateVersion: 1,
        source: 'gateway',
        data: { accountId: view.id, role: 'applicant', locale: 'fr' },
      }),
      expect.objectContaining({
        type: 'account.contact-changed',
        subject: view.id,
        aggregateVersion: 2,
        data: {
          accountId: view.id,
          email: 'lea@example.org',
          displayName: 'Léa Dubois',
          locale: 'fr',
          role: 'applicant',
        },
      }),
    ]);
  });

  it('refuses a second account for the same address, whatever its case, with its reason code', async () => {
    const kit = authKit();
    await kit.register.execute(lea);
    await expect(kit.register.execute({ ...lea, email: 'LEA@example.ORG' })).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'account.email-taken',
    });
    expect(kit.accounts.events).toHaveLength(2);
  });
});
