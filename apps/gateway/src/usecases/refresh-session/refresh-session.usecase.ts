import { Injectable } from '@nestjs/common';

import { type IssuedSession, SessionIssuer } from '../../auth/session-issuer';
import { TokenIssuer } from '../../auth/token-issuer';
import { SessionEnded } from '../../errors';
import { AccountStore, SessionStore } from '../../repositories/account.store';

const expired = () => new SessionEnded();

/**
 * Trades a refresh token for a new pair. Each refresh token works once: a token used twice means
 * it leaked, so the whole session (every token of that login) is revoked, and stays so for a token
 * a concurrent refresh stores afterwards, since each refresh asks whether its session has ended.
 */
@Injectable()
export class RefreshSession {
  constructor(
    private readonly sessions: SessionStore,
    private readonly accounts: AccountStore,
    private readonly issuer: SessionIssuer,
  ) {}

  async execute({ refreshToken }: { refreshToken: string }): Promise<IssuedSession> {
    const now = new Date();
    const session = await this.sessions.findByHash(TokenIssuer.hashOf(refreshToken));
    if (!session || session.expiresAt <= now) throw expired();
    if (await this.sessions.isFamilyRevoked(session.familyId)) throw expired();
    if (!(await this.sessions.markUsed(session, now))) {
      await this.sessions.revokeFamily(session.familyId, now);
      throw expired();
    }
    const account = await this.accounts.findById(session.accountId);
    if (!account) throw expired();
    return this.issuer.issue(account, session);
  }
}
