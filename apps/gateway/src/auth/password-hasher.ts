import { Injectable } from '@nestjs/common';
import { DomainException, ErrorCode } from '@pollen/contracts';
import * as argon2 from 'argon2';
import pLimit from 'p-limit';

import { GatewayConfig } from '../config/gateway.config';
import { InvalidCredentials } from '../errors';

/** Hashes that may wait for a turn; beyond, a log-in gets 503 rather than a queue without end. */
const MAX_WAITING = 32;

/** The port use cases hash and check passwords through. */
export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  /** Also spends the time of a check when there is no hash, so unknown e-mails are not faster. */
  abstract verify(hash: string | undefined, password: string): Promise<boolean>;

  /** The account whose password this is (a log-in, a signature); 401 otherwise, as fast without an account. */
  async holderOf<TAccount extends { passwordHash: string }>(
    account: TAccount | null,
    password: string,
  ): Promise<TAccount> {
    const valid = await this.verify(account?.passwordHash, password);
    if (!account || !valid) throw new InvalidCredentials();
    return account;
  }
}

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), a few at a time: each takes
 * a thread of libuv's small pool (and 19 MiB), so a flood of log-ins would otherwise starve the
 * process of the threads its file, DNS and crypto work need.
 */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  private readonly options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
  private readonly turns: ReturnType<typeof pLimit>;
  private decoy?: Promise<string>;

  constructor(config: GatewayConfig) {
    super();
    this.turns = pLimit(config.PASSWORD_HASHING_CONCURRENCY);
  }

  hash(password: string): Promise<string> {
    return this.inTurn(() => argon2.hash(password, this.options));
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (!hash) {
      this.decoy ??= argon2.hash('decoy password, never matches', this.options);
      const decoy = await this.decoy;
      await this.inTurn(() => argon2.verify(decoy, password)).catch(rethrowBusy);
      return false;
    }
    return this.inTurn(() => argon2.verify(hash, password)).catch(rethrowBusy);
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.turns.pendingCount >= MAX_WAITING) return Promise.reject(busy());
    return this.turns(work);
  }
}

const busy = () =>
  new DomainException(ErrorCode.Unavailable, 'too many log-ins are being checked; retry shortly', {
    details: { retryAfterSeconds: 1 },
  });

/** A failed verification is `false`; only a full queue is an error. */
function rethrowBusy(error: unknown): false {
  if (error instanceof DomainException) throw error;
  return false;
}
