import { Injectable } from '@nestjs/common';

import { TokenIssuer } from '../../auth/token-issuer';
import { SessionStore } from '../../repositories/account.store';

/** Ends the session the refresh token belongs to. Unknown tokens end nothing and say nothing. */
@Injectable()
export class LogOut {
  constructor(private readonly sessions: SessionStore) {}

  async execute({ refreshToken }: { refreshToken: string }): Promise<void> {
    const session = await this.sessions.findByHash(TokenIssuer.hashOf(refreshToken));
    if (session) await this.sessions.revokeFamily(session.familyId, new Date());
  }
}
