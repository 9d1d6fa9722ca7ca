import { PasswordHasher } from '../../src/auth/password-hasher';

/** Not a hash: unit tests check the use cases' rules, not argon2 (the HTTP tests use the real one). */
export class PlainPasswordHasher extends PasswordHasher {
  async hash(password: string): Promise<string> {
    return `plain:${password}`;
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    return hash === `plain:${password}`;
  }
}
