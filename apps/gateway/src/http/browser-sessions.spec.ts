import { loadConfig } from '@pollen/platform/config';
import type { HttpRequest } from '@pollen/platform/http';

import type { IssuedSession } from '../auth/session-issuer';
import { GatewayConfig } from '../config/gateway.config';
import { BrowserSessions } from './browser-sessions';

const GATEWAY = { protocol: 'http', host: 'localhost:3000' };

const browserSessions = (env: Record<string, string> = {}) =>
  new BrowserSessions(
    loadConfig(GatewayConfig, {
      NODE_ENV: 'test',
      KAFKA_BROKERS: '127.0.0.1:1',
      MONGODB_URI: 'mongodb://127.0.0.1:1',
      ...env,
    }),
  );

const request = (headers: Record<string, string>, at = GATEWAY): HttpRequest =>
  ({ method: 'POST', url: '/v1/auth/refresh', ip: '127.0.0.1', ...at, headers }) as HttpRequest;

const fromPortal = { origin: 'http://localhost:3000', 'x-pollen-session': 'cookie' };

const session: IssuedSession = {
  accessToken: 'access',
  refreshToken: 'refresh-1',
  expiresIn: 900,
  tokenType: 'Bearer',
  refreshExpiresIn: 2592000,
};

class RecordingReply {
  readonly headers: Record<string, string> = {};
  header(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
}

describe('BrowserSessions', () => {
  describe('the answer', () => {
    it('carries the refresh token in the body by default, and sets no cookie', () => {
      const reply = new RecordingReply();

      const body = browserSessions().answer(reply, session, { cookie: false });

      expect(body).toEqual({ accessToken: 'access', refreshToken: 'refresh-1', expiresIn: 900, tokenType: 'Bearer' });
      expect(reply.headers).toEqual({});
    });

    it('in the cookie mode, sets the token in an HttpOnly, Secure, SameSite=Strict cookie for /v1/auth and leaves it out of the body', () => {
      const reply = new RecordingReply();

      const body = browserSessions().answer(reply, session, { cookie: true });

      expect(body).toEqual({ accessToken: 'access', expiresIn: 900, tokenType: 'Bearer' });
      expect(reply.headers['set-cookie']).toBe(
        'pollen_refresh=refresh-1; Max-Age=2592000; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict',
      );
    });

    it('deletes the cookie on log-out', () => {
      const reply = new RecordingReply();
      browserSessions().forget(reply);
      expect(reply.headers['set-cookie']).toBe(
        'pollen_refresh=; Max-Age=0; Path=/v1/auth; HttpOnly; Secure; SameSite=Strict',
      );
    });
  });

  describe('where the refresh token comes from', () => {
    it('is the body’s in the default mode, whatever cookie the request carries', () => {
      const transport = browserSessions().transportOf(request({ cookie: 'pollen_refresh=from-cookie' }), {
        refreshToken: 'from-body',
      });
      expect(transport).toEqual({ refreshToken: 'from-body', cookie: false });
    });

    it('is the cookie’s when the body has none, from the gateway’s own origin, and the answer is in the cookie mode', () => {
      const sut = browserSessions();
      const cookie = { cookie: 'theme=dark; pollen_refresh=from-cookie' };

      expect(sut.transportOf(request({ ...fromPortal, ...cookie }), {})).toEqual({
        refreshToken: 'from-cookie',
        cookie: true,
      });
      // Without the mode's header too: a token from the cookie never goes back in a body.
      expect(sut.transportOf(request({ origin: 'http://localhost:3000', ...cookie }), {})).toEqual({
        refreshToken: 'from-cookie',
        cookie: true,
      });
    });

    it('is nothing in the cookie mode without a cookie (the browser dropped an expired one)', () => {
      expect(browserSessions().transportOf(request(fromPortal), {})).toEqual({ refreshToken: undefined, cookie: true });
    });

    it('is missing, 400, in the default mode without a body token', () => {
      expect(() => browserSessions().transportOf(request({}), {})).toThrow(
        expect.objectContaining({ code: 'validation-failed' }),
      );
    });

    it('ignores a cookie too long to hold a token', () => {
      const long = { ...fromPortal, cookie: `pollen_refresh=${'a'.repeat(513)}` };
      expect(browserSessions().transportOf(request(long), {})).toEqual({ refreshToken: undefined, cookie: true });
    });
  });

  describe('the origin check', () => {
    const refused = expect.objectContaining({ code: 'forbidden', reason: 'auth.origin-not-allowed' });
    const cookie = { cookie: 'pollen_refresh=from-cookie' };

    it.each([
      ['no Origin', {}],
      ['another site', { origin: 'https://evil.example' }],
      ['another port of the same host', { origin: 'http://localhost:3001' }],
      ['another scheme', { origin: 'https://localhost:3000' }],
      ['an opaque origin', { origin: 'null' }],
    ])('refuses a request that uses the cookie with %s', (_what, origin) => {
      expect(() => browserSessions().transportOf(request({ ...cookie, ...origin }), {})).toThrow(refused);
    });

    it('refuses a log-in that asks for the cookie mode from another origin, and lets one without it through', () => {
      const sut = browserSessions();
      expect(() => sut.modeOf(request({ 'x-pollen-session': 'cookie', origin: 'https://evil.example' }))).toThrow(
        refused,
      );
      expect(sut.modeOf(request({ origin: 'https://evil.example' }))).toEqual({ cookie: false });
      expect(sut.modeOf(request(fromPortal))).toEqual({ cookie: true });
      expect(sut.modeOf(request({ ...fromPortal, 'x-pollen-session': ' Cookie ' }))).toEqual({ cookie: true });
    });

    it('takes the origin a trusted proxy forwarded, as the request shows it (protocol and host)', () => {
      const behindIngress = { protocol: 'https', host: 'pollen.example' };
      const sut = browserSessions();
      expect(sut.modeOf(request({ ...fromPortal, origin: 'https://pollen.example' }, behindIngress))).toEqual({
        cookie: true,
      });
      expect(() => sut.modeOf(request({ ...fromPortal, origin: 'http://pollen.example' }, behindIngress))).toThrow(
        refused,
      );
    });

    it('allows the origins of PORTAL_ORIGINS, whatever their case or default port', () => {
      const sut = browserSessions({ PORTAL_ORIGINS: 'http://localhost:5173, HTTPS://Portal.Example:443' });
      for (const origin of ['http://localhost:5173', 'https://portal.example', 'http://localhost:3000']) {
        expect(sut.transportOf(request({ ...cookie, origin }), {})).toMatchObject({ cookie: true });
      }
      expect(() => sut.transportOf(request({ ...cookie, origin: 'http://localhost:5174' }), {})).toThrow(refused);
    });
  });
});
