import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@pollen/contracts';
import { HealthController } from '@pollen/platform/health';
import type { HttpRequest } from '@pollen/platform/http';

import { RoleRequired, TokenRequired } from '../errors';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './access.decorators';
import { attachActor } from './actor';
import { TokenIssuer } from './token-issuer';

/**
 * Deny by default: every route needs a valid bearer token, and one of its allowed roles, unless it
 * is marked @Public(). Health and metrics (the platform's HealthController) are public; the
 * OpenAPI document and UI are served by Swagger outside Nest's routing.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenIssuer,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http' || context.getClass() === HealthController) return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets);
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const actor = token ? await this.tokens.verify(token) : undefined;
    if (isPublic) {
      if (actor) attachActor(request, actor);
      return true;
    }
    if (!actor) throw new TokenRequired();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !actor.roles.some((role) => allowed.includes(role))) {
      throw new RoleRequired(allowed);
    }
    attachActor(request, actor);
    return true;
  }
}
