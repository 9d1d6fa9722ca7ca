import { ErrorCode } from '@pollen/contracts';

import { authKit, lea } from '../../../test/fakes/auth-kit';
import { TokenIssuer } from '../../auth/token-issuer';

async function signedIn() {
  const kit = authKit();
  await kit.register.execute(lea);
  const session = await kit.logIn.execute({ email: lea.email, password: lea.password });
  const familyId = (await kit.sessions.findByHash(TokenIssuer.hashOf(session.refreshToken)))?.familyId as string;
  return { kit, session, familyId };
}

describe('RefreshSession', () => {
  it('trades a refresh token once for a new pair in the same session', async () => {
    const { kit, session, familyId } = await signedIn();

    const next = await kit.refresh.execute({ refreshToken: session.refreshToken });

    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(await kit.tokens.verify(next.accessToken)).toMatchObject({ roles: ['applicant'] });
    expect(kit.sessions.liveIn(familyId).map((s) => s.tokenHash)).toEqual([TokenIssuer.hashOf(next.refreshToken)]);
  });

  it('treats a reused refresh token as stolen: the whole session ends, the thief’s new token too', async () => {
    const { kit, session, familyId } = await signedIn();
    const stolen = session.refreshToken;
    const thiefs = await kit.refresh.execute({ refreshToken: stolen });

    await expect(kit.refresh.execute({ refreshToken: stolen })).rejects.toMatchObject({
      code: ErrorCode.Unauthenticated,
      reason: 'auth.session-ended',
    });
    expect(kit.sessions.liveIn(familyId)).toEqual([]);
    await expect(kit.refresh.execute({ refreshToken: thiefs.refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });
  });

  it('refuses an unknown or expired token, and one whose account is gone', async () => {
    const { kit, session } = await signedIn();
    await expect(kit.refresh.execute({ refreshToken: 'made-up' })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });

    const stored = kit.sessions.sessions.get(TokenIssuer.hashOf(session.refreshToken));
    if (stored) stored.expiresAt = new Date(Date.now() - 1);
    await expect(kit.refresh.execute({ refreshToken: session.refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });
  });
});
