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

  it('refuses the token a thief’s refresh stores after the reuse ended the session', async () => {
    const { kit, session } = await signedIn();
    let storeThiefsToken: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (storeThiefsToken = resolve));
    const insert = kit.sessions.insert.bind(kit.sessions);
    const storing = new Promise<void>((reached) =>
      jest.spyOn(kit.sessions, 'insert').mockImplementationOnce(async (next) => {
        reached();
        await released;
        return insert(next);
      }),
    );

    const thiefs = kit.refresh.execute({ refreshToken: session.refreshToken });
    await storing;
    await expect(kit.refresh.execute({ refreshToken: session.refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });
    storeThiefsToken();

    await expect(kit.refresh.execute({ refreshToken: (await thiefs).refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });
  });

  it('lets one of two refreshes of one token at once win, and ends the session', async () => {
    const { kit, session, familyId } = await signedIn();

    const both = await Promise.allSettled([
      kit.refresh.execute({ refreshToken: session.refreshToken }),
      kit.refresh.execute({ refreshToken: session.refreshToken }),
    ]);

    expect(both.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(kit.sessions.liveIn(familyId)).toEqual([]);
  });

  describe('a session’s end', () => {
    const DAY = 24 * 3600 * 1000;
    const loggedInAt = new Date('2026-03-01T09:00:00.000Z').getTime();
    afterEach(() => jest.useRealTimers());

    it('comes 30 days after the log-in, however often the session is refreshed', async () => {
      jest.useFakeTimers({ now: loggedInAt, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      const { kit, session } = await signedIn();
      let refreshToken = session.refreshToken;
      for (const day of [10, 20, 29]) {
        jest.setSystemTime(loggedInAt + day * DAY);
        ({ refreshToken } = await kit.refresh.execute({ refreshToken }));
      }
      expect(kit.sessions.sessions.get(TokenIssuer.hashOf(refreshToken))?.expiresAt).toEqual(
        new Date(loggedInAt + 30 * DAY),
      );

      jest.setSystemTime(loggedInAt + 30 * DAY);
      await expect(kit.refresh.execute({ refreshToken })).rejects.toMatchObject({ reason: 'auth.session-ended' });
    });

    it('says how long each refresh token lasts, never past the session’s end (a browser keeps its cookie as long)', async () => {
      jest.useFakeTimers({ now: loggedInAt, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
      const { kit, session } = await signedIn();
      expect(session.refreshExpiresIn).toBe(30 * 24 * 3600);

      jest.setSystemTime(loggedInAt + 29 * DAY);
      const late = await kit.refresh.execute({ refreshToken: session.refreshToken });

      expect(late.refreshExpiresIn).toBe(24 * 3600);
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
