import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainException, ErrorCode, type Role } from '@pollen/contracts';
import type { HttpRequest } from '@pollen/platform/http';
import { within } from '@pollen/platform/mongo';

import { AccountGone, RoleRequired, TokenRequired } from '../errors';
import { AccessDenialStore } from '../repositories/access-denial.store';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './access.decorators';
import { attachActor } from './actor';
import { TokenIssuer } from './token-issuer';

/** How long a request waits for the denial look-up before it is refused with 503. */
const DENIAL_WAIT_MS = 1000;

/**
 * Deny by default: every route needs a valid bearer token, and one of its allowed roles, unless it
 * is marked @Public(). Health and metrics are on the management port, outside this app; the
 * OpenAPI document and UI are served by Swagger outside Nest's routing.
 *
 * A valid token of an erased account is refused (`account.gone`) until it has expired. The denial
 * is read from the database on every signed-in request, by `_id`: a token issued before the erasure
 * must stop working at once on every replica, which no replica's memory can promise, and the
 * database being down refuses the request rather than let such a token through.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenIssuer,
    private readonly denials: AccessDenialStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets);
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const actor = token ? await this.tokens.verify(token) : undefined;
    const gone = actor ? await this.isDenied(actor.id) : false;
    if (isPublic) {
      // An erased account's token identifies no one: the public route answers as to anyone.
      if (actor && !gone) attachActor(request, actor);
      return true;
    }
    if (!actor) throw new TokenRequired();
    if (gone) throw new AccountGone();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !actor.roles.some((role) => allowed.includes(role))) {
      throw new RoleRequired(allowed);
    }
    attachActor(request, actor);
    return true;
  }

  private async isDenied(accountId: string): Promise<boolean> {
    try {
      return await within(this.denials.isDenied(accountId, new Date()), DENIAL_WAIT_MS, 'the access denial look-up');
    } catch {
      throw new DomainException(ErrorCode.Unavailable, 'the accounts database does not answer; retry shortly', {
        details: { retryAfterSeconds: 1 },
      });
    }
  }
}
