import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Role, SessionView } from '@pollen/contracts';

import { GatewayConfig } from '../config/gateway.config';
import type { RefreshSession } from '../domain/account';
import { SessionStore } from '../repositories/account.store';
import { TokenIssuer } from './token-issuer';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A session's tokens as the edge gets them: the view, the refresh token always there, and the
 * seconds it lasts (a browser keeps its cookie that long).
 */
export interface IssuedSession extends SessionView {
  refreshToken: string;
  refreshExpiresIn: number;
}

/**
 * Opens a session (a new token family) or continues one after a refresh. A session ends
 * SESSION_MAX_DAYS after its log-in whatever its refreshes: each rotation carries that end, and no
 * refresh token outlives it.
 */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly tokens: TokenIssuer,
    private readonly sessions: SessionStore,
    private readonly config: GatewayConfig,
  ) {}

  async issue(
    account: { id: string; role: Role },
    continuing?: Pick<RefreshSession, 'familyId' | 'sessionEndsAt'>,
  ): Promise<IssuedSession> {
    const createdAt = new Date();
    const { familyId, sessionEndsAt } = continuing ?? {
      familyId: randomUUID(),
      sessionEndsAt: new Date(createdAt.getTime() + this.config.SESSION_MAX_DAYS * DAY_MS),
    };
    const refresh = this.tokens.refreshToken();
    const expiresAt = refresh.expiresAt < sessionEndsAt ? refresh.expiresAt : sessionEndsAt;
    await this.sessions.insert({
      tokenHash: refresh.hash,
      familyId,
      accountId: account.id,
      expiresAt,
      sessionEndsAt,
      createdAt,
    });
    return {
      accessToken: await this.tokens.accessToken(account.id, account.role),
      refreshToken: refresh.token,
      expiresIn: this.tokens.accessTtlSeconds,
      tokenType: 'Bearer',
      refreshExpiresIn: Math.max(0, Math.floor((expiresAt.getTime() - createdAt.getTime()) / 1000)),
    };
  }
}
