import { Injectable } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { DomainException, fieldError, type RefreshTokenDto, type SessionView } from '@pollen/contracts';
import {
  cookieOf,
  type HttpReply,
  type HttpRequest,
  originOf,
  ownOriginOf,
  serialiseCookie,
} from '@pollen/platform/http';

import type { IssuedSession } from '../auth/session-issuer';
import { GatewayConfig } from '../config/gateway.config';
import { OriginNotAllowed } from '../errors';

/** The request header by which a browser asks for the cookie mode, and the value that does. */
export const SESSION_MODE_HEADER = 'X-Pollen-Session';
export const COOKIE_MODE = 'cookie';

/** A session route reads SESSION_MODE_HEADER (described in ../openapi/headers.ts). */
export const ApiSessionMode = (): MethodDecorator => ApiHeader({ name: SESSION_MODE_HEADER, required: false });

/** The cookie that keeps a browser's refresh token, out of its scripts' reach. */
export const REFRESH_COOKIE = 'pollen_refresh';

/** The cookie goes back to the session routes only: /v1/auth/refresh and /v1/auth/logout. */
const REFRESH_COOKIE_PATH = '/v1/auth';

/** As long as a refresh token may be (RefreshTokenDto): a longer cookie holds none. */
const MAX_TOKEN_LENGTH = 512;

/** Where the refresh token of a refresh or a log-out comes from, and how the answer is given. */
export interface SessionTransport {
  /** Undefined in the cookie mode when the browser sent no cookie (it expired, or was never set). */
  refreshToken: string | undefined;
  /** The cookie mode: the new refresh token goes to the cookie, and not in the body. */
  cookie: boolean;
}

/**
 * The browser's way of holding a session (docs/api.md, "Browser sessions"): asked for with
 * `X-Pollen-Session: cookie`, the refresh token lives in an HttpOnly, Secure, SameSite=Strict cookie
 * scoped to /v1/auth instead of the body, where a script (an injected one too) could read it. A
 * request in that mode, or one whose cookie stands in for the body's token, must come from the
 * gateway's own origin or one of PORTAL_ORIGINS: SameSite keeps other sites' requests from carrying
 * the cookie, and the Origin check refuses whatever a browser lets through anyway (a sibling
 * subdomain is the same site).
 */
@Injectable()
export class BrowserSessions {
  private readonly origins: ReadonlySet<string>;

  constructor(config: GatewayConfig) {
    this.origins = new Set(config.portalOrigins);
  }

  /** Whether a log-in asked for the cookie mode; from an origin not allowed, 403. */
  modeOf(request: HttpRequest): { cookie: boolean } {
    const cookie = asksForCookie(request);
    if (cookie) this.assertAllowedOrigin(request);
    return { cookie };
  }

  /**
   * The token of a refresh or a log-out: the body's when it has one, else the cookie's. A request
   * without either gets the body's old `400` unless it is in the cookie mode.
   */
  transportOf(request: HttpRequest, body: RefreshTokenDto): SessionTransport {
    const fromCookie = body.refreshToken === undefined ? this.cookieTokenOf(request) : undefined;
    const cookie = asksForCookie(request) || fromCookie !== undefined;
    if (cookie) this.assertAllowedOrigin(request);
    const refreshToken = body.refreshToken ?? fromCookie;
    if (refreshToken === undefined && !cookie) {
      throw DomainException.validation([
        fieldError('refreshToken', 'requiredWithoutCookie', 'refreshToken is required without the session cookie'),
      ]);
    }
    return { refreshToken, cookie };
  }

  /** The body of a new session's answer; in the cookie mode, the refresh token goes to the cookie instead. */
  answer(reply: HttpReply, session: IssuedSession, { cookie }: { cookie: boolean }): SessionView {
    const { accessToken, refreshToken, expiresIn, tokenType } = session;
    if (!cookie) return { accessToken, refreshToken, expiresIn, tokenType };
    reply.header('Set-Cookie', refreshCookie(refreshToken, session.refreshExpiresIn));
    return { accessToken, expiresIn, tokenType };
  }

  /** After a log-out in the cookie mode: the browser drops the cookie. */
  forget(reply: HttpReply): void {
    reply.header('Set-Cookie', refreshCookie('', 0));
  }

  private cookieTokenOf(request: HttpRequest): string | undefined {
    const token = cookieOf(request.headers.cookie, REFRESH_COOKIE);
    return token && token.length <= MAX_TOKEN_LENGTH ? token : undefined;
  }

  private assertAllowedOrigin(request: HttpRequest): void {
    const sent = request.headers.origin;
    const origin = typeof sent === 'string' ? originOf(sent) : undefined;
    if (origin === undefined || (origin !== ownOriginOf(request) && !this.origins.has(origin))) {
      throw new OriginNotAllowed();
    }
  }
}

const asksForCookie = (request: HttpRequest): boolean =>
  String(request.headers[SESSION_MODE_HEADER.toLowerCase()] ?? '')
    .trim()
    .toLowerCase() === COOKIE_MODE;

const refreshCookie = (token: string, maxAgeSeconds: number): string =>
  serialiseCookie(REFRESH_COOKIE, token, {
    maxAgeSeconds,
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
  });
