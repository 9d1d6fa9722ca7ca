import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** The port use cases hash and check passwords through. */
export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  /** Also spends the time of a check when there is no hash, so unknown e-mails are not faster. */
  abstract verify(hash: string | undefined, password: string): Promise<boolean>;
}

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  private readonly options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (!hash) {
      this.decoy ??= this.hash('decoy password, never matches');
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
