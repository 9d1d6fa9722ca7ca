import { ErrorCode } from '@pollen/contracts';

import { authKit, lea } from '../../../test/fakes/auth-kit';

describe('LogIn, LogOut and GetMyAccount', () => {
  it('opens a session for the right password, whatever the e-mail’s case, and shows the account', async () => {
    const kit = authKit();
    const account = await kit.register.execute(lea);

    const session = await kit.logIn.execute({ email: 'LEA@EXAMPLE.ORG', password: lea.password });

    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: kit.tokens.accessTtlSeconds });
    const actor = { id: account.id, roles: ['applicant' as const] };
    expect(await kit.tokens.verify(session.accessToken)).toEqual(actor);
    await expect(kit.me.execute({ actor })).resolves.toMatchObject({
      id: account.id,
      email: 'lea@example.org',
    });
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const kit = authKit();
    await kit.register.execute(lea);
    const wrongPassword = kit.logIn.execute({ email: lea.email, password: 'not the password' });
    const unknown = kit.logIn.execute({ email: 'nobody@example.org', password: lea.password });
    const expected = { code: ErrorCode.Unauthenticated, reason: 'auth.invalid-credentials' };
    await expect(wrongPassword).rejects.toMatchObject(expected);
    await expect(unknown).rejects.toMatchObject(expected);
  });

  it('logs out by ending the whole session; an unknown token ends nothing', async () => {
    const kit = authKit();
    await kit.register.execute(lea);
    const session = await kit.logIn.execute({ email: lea.email, password: lea.password });
    const refreshed = await kit.refresh.execute({ refreshToken: session.refreshToken });

    await kit.logOut.execute({ refreshToken: 'unknown' });
    await kit.logOut.execute({ refreshToken: refreshed.refreshToken });

    await expect(kit.refresh.execute({ refreshToken: refreshed.refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });
  });

  it('tells a token holder whose account is gone', async () => {
    const kit = authKit();
    await expect(kit.me.execute({ actor: { id: 'gone', roles: ['applicant'] } })).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
      reason: 'account.gone',
    });
  });
});
