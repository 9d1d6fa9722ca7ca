import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Role, SessionView } from '@pollen/contracts';

import { SessionStore } from '../repositories/account.store';
import { TokenIssuer } from './token-issuer';

/** Opens a session (a new token family) or continues one after a refresh. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly tokens: TokenIssuer,
    private readonly sessions: SessionStore,
  ) {}

  async issue(account: { id: string; role: Role }, familyId: string = randomUUID()): Promise<SessionView> {
    const refresh = this.tokens.refreshToken();
    await this.sessions.insert({
      tokenHash: refresh.hash,
      familyId,
      accountId: account.id,
      expiresAt: refresh.expiresAt,
    });
    return {
      accessToken: await this.tokens.accessToken(account.id, account.role),
      refreshToken: refresh.token,
      expiresIn: this.tokens.accessTtlSeconds,
      tokenType: 'Bearer',
    };
  }
}
