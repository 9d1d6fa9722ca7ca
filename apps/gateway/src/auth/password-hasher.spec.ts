import { DomainException, ErrorCode } from '@pollen/contracts';
import { loadConfig } from '@pollen/platform/config';

import { GatewayConfig } from '../config/gateway.config';
import { Argon2PasswordHasher } from './password-hasher';

describe('Argon2PasswordHasher under a flood of log-ins', () => {
  it('hashes a few at a time and refuses beyond a short queue with 503, instead of starving the process', async () => {
    const config = loadConfig(GatewayConfig, {
      NODE_ENV: 'test',
      KAFKA_BROKERS: 'x:1',
      MONGODB_URI: 'mongodb://x:1',
      PASSWORD_HASHING_CONCURRENCY: '1',
    });
    const hasher = new Argon2PasswordHasher(config);
    const hash = await hasher.hash('correct horse battery');

    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => hasher.verify(hash, i === 0 ? 'correct horse battery' : 'wrong')),
    );
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    // One hashing and 32 waiting (p-limit counts the first as waiting until its turn starts): the
    // rest are refused at once.
    expect(refused.length).toBeGreaterThanOrEqual(7);
    expect(refused.length).toBeLessThanOrEqual(8);
    for (const outcome of refused) {
      const error = (outcome as PromiseRejectedResult).reason as DomainException;
      expect(error).toBeInstanceOf(DomainException);
      expect(error.code).toBe(ErrorCode.Unavailable);
    }
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: true });
  });
});
