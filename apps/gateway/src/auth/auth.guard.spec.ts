import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@pollen/contracts';

import { InMemoryAccessDenialStore } from '../../test/fakes/in-memory-access-denial.store';
import { AccessDenialStore } from '../repositories/access-denial.store';
import { AuthGuard } from './auth.guard';
import type { TokenIssuer } from './token-issuer';

const actor = { id: 'account-1', roles: ['applicant'] } as unknown as Actor;
/** Every bearer token stands for `actor`. */
const tokens = { verify: async () => actor } as unknown as TokenIssuer;

/** A denial store whose look-up fails, or never answers (the driver waiting for a server). */
class BrokenDenialStore extends InMemoryAccessDenialStore {
  constructor(private readonly failure: 'rejects' | 'hangs') {
    super();
  }
  override isDenied(): Promise<boolean> {
    return this.failure === 'rejects' ? Promise.reject(new Error('connection refused')) : new Promise(() => undefined);
  }
}

const signedIn = (): ExecutionContext =>
  ({
    getType: () => 'http',
    getClass: () => class ApplicationsController {},
    getHandler: () => () => undefined,
    switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: 'Bearer a.b.c' } }) }),
  }) as unknown as ExecutionContext;

const guardWith = (denials: AccessDenialStore) => new AuthGuard(new Reflector(), tokens, denials);

describe('AuthGuard and the erasure look-up', () => {
  it('lets a signed-in request through when its account is not erased', async () => {
    await expect(guardWith(new InMemoryAccessDenialStore()).canActivate(signedIn())).resolves.toBe(true);
  });

  it("refuses an erased account's token", async () => {
    const denials = new InMemoryAccessDenialStore();
    await denials.deny(actor.id, new Date(Date.now() + 60_000));
    await expect(guardWith(denials).canActivate(signedIn())).rejects.toMatchObject({ reason: 'account.gone' });
  });

  it.each(['rejects', 'hangs'] as const)(
    'refuses with 503 and Retry-After when the look-up %s, rather than let a token through unchecked',
    async (failure) => {
      const started = Date.now();
      await expect(guardWith(new BrokenDenialStore(failure)).canActivate(signedIn())).rejects.toMatchObject({
        code: 'unavailable',
        extras: { details: { retryAfterSeconds: 1 } },
      });
      expect(Date.now() - started).toBeLessThan(3000);
    },
  );
});
