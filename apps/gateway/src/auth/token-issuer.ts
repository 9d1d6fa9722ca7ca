import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Actor, type Role, ROLES } from '@pollen/contracts';

import { GatewayConfig } from '../config/gateway.config';

interface AccessClaims {
  sub: string;
  role: Role;
}

const ISSUER = 'pollen-gateway';
const AUDIENCE = 'pollen-api';

/** Short-lived signed access tokens, and opaque one-time refresh tokens stored only as hashes. */
@Injectable()
export class TokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: GatewayConfig,
  ) {}

  get accessTtlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  accessToken(accountId: string, role: Role): Promise<string> {
    const claims: AccessClaims = { sub: accountId, role };
    return this.jwt.signAsync(claims, {
      expiresIn: this.accessTtlSeconds,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
  }

  /** The actor an access token stands for, or undefined when it is invalid or expired. */
  async verify(token: string): Promise<Actor | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) return undefined;
      return { id: claims.sub, roles: [claims.role] };
    } catch {
      return undefined;
    }
  }

  refreshToken(): { token: string; hash: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000);
    return { token, hash: TokenIssuer.hashOf(token), expiresAt };
  }

  static hashOf(refreshToken: string): string {
    return createHash('sha256').update(refreshToken).digest('hex');
  }
}
