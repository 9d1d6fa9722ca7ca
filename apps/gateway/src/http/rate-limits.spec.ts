import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { loadConfig } from '@pollen/platform/config';

import { attachActor } from '../auth/actor';
import { GatewayConfig } from '../config/gateway.config';
import { AccountStore } from '../repositories/account.store';
import { RateLimitStore } from '../repositories/rate-limit.store';
import { loginKeyOf, RateLimit, RateLimitGuard } from './rate-limits';

class UnreachableStore extends RateLimitStore {
  asked = 0;
  async take(): Promise<number | undefined> {
    this.asked += 1;
    throw new Error('connection refused');
  }
  async sweep(): Promise<number> {
    throw new Error('connection refused');
  }
  async forget(): Promise<number> {
    throw new Error('connection refused');
  }
}

class HangingStore extends RateLimitStore {
  take(): Promise<number | undefined> {
    return new Promise(() => undefined); // the driver waiting to select a server
  }
  async sweep(): Promise<number> {
    return 0;
  }
  async forget(): Promise<number> {
    return 0;
  }
}

const context = (headers: Record<string, string> = {}) => {
  const sent: Record<string, string> = {};
  const http = {
    getRequest: () => ({ method: 'POST', url: '/v1/auth/refresh', headers, ip: '198.51.100.7', body: {} }),
    getResponse: () => ({ header: (name: string, value: string) => (sent[name] = value) }),
  };
  const execution = {
    getType: () => 'http',
    getClass: () => class AuthController {},
    getHandler: () => () => undefined,
    switchToHttp: () => http,
  } as unknown as ExecutionContext;
  return { execution, sent };
};

/** Counts in memory, remembering each key a request was counted under. */
class CountingStore extends RateLimitStore {
  readonly counts = new Map<string, number>();
  async take(key: string, _window: number, limit: number): Promise<number | undefined> {
    const taken = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, taken);
    return taken <= limit ? taken : undefined;
  }
  async sweep(): Promise<number> {
    return 0;
  }
  async forget(): Promise<number> {
    return 0;
  }
}

class SigningRoute {
  @RateLimit('reauthentication')
  sign(): void {
    return undefined;
  }
}

describe('RateLimitGuard for a signature', () => {
  it('counts a password given again with log-ins: per account and per address, refused past the limit', async () => {
    const config = loadConfig(GatewayConfig, { NODE_ENV: 'test', KAFKA_BROKERS: 'x:1', MONGODB_URI: 'mongodb://x:1' });
    const store = new CountingStore();
    const accounts = { findById: async (id: string) => (id === 'signer-1' ? { email: 'Lea@Example.org' } : null) };
    const guard = new RateLimitGuard(new Reflector(), store, config, accounts as unknown as AccountStore);
    const signing = () => {
      const request = {
        method: 'POST',
        url: '/v1/documents/x/sign',
        headers: {},
        ip: '198.51.100.7',
        protocol: 'http',
        host: 'gateway',
        body: {},
      };
      attachActor(request, { id: 'signer-1', roles: ['applicant'] });
      return {
        getType: () => 'http',
        getClass: () => SigningRoute,
        getHandler: () => SigningRoute.prototype.sign,
        switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({ header: () => undefined }) }),
      } as unknown as ExecutionContext;
    };

    for (let i = 0; i < config.LOGINS_PER_ACCOUNT_PER_MINUTE; i += 1) {
      await expect(guard.canActivate(signing())).resolves.toBe(true);
    }
    await expect(guard.canActivate(signing())).rejects.toMatchObject({ code: 'too-many-requests' });
    // The keys a log-in with the account's e-mail counts under.
    expect([...store.counts.keys()].sort()).toEqual([loginKeyOf('lea@example.org'), 'login:ip:198.51.100.7'].sort());
    expect(loginKeyOf(' LEA@example.org')).toBe(loginKeyOf('lea@example.org'));
    expect(JSON.stringify([...store.counts.keys()])).not.toContain('lea');
  });
});

describe('RateLimitGuard when its database is down', () => {
  it('lets requests through (an outage of the counters is not an outage of the API)', async () => {
    const config = loadConfig(GatewayConfig, { NODE_ENV: 'test', KAFKA_BROKERS: 'x:1', MONGODB_URI: 'mongodb://x:1' });
    const store = new UnreachableStore();
    const guard = new RateLimitGuard(new Reflector(), store, config, {} as AccountStore);
    for (let i = 0; i < config.ANONYMOUS_REQUESTS_PER_IP_PER_MINUTE + 5; i += 1) {
      const { execution, sent } = context();
      await expect(guard.canActivate(execution)).resolves.toBe(true);
      expect(sent['RateLimit-Limit']).toBe(String(config.ANONYMOUS_REQUESTS_PER_IP_PER_MINUTE));
    }
    // Asked once: the next counts are skipped for a while rather than piled onto a database that is down.
    expect(store.asked).toBe(1);
    await expect(guard.sweep()).resolves.toBe(0);
  });

  it('does not hold a request longer than a moment while the database does not answer', async () => {
    const config = loadConfig(GatewayConfig, { NODE_ENV: 'test', KAFKA_BROKERS: 'x:1', MONGODB_URI: 'mongodb://x:1' });
    const guard = new RateLimitGuard(new Reflector(), new HangingStore(), config, {} as AccountStore);
    jest.useFakeTimers();
    try {
      const allowed = guard.canActivate(context().execution);
      await jest.advanceTimersByTimeAsync(300); // COUNT_WAIT_MS; unsettled, the await below would hang
      await expect(allowed).resolves.toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
