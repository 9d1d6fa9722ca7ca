import type { RefreshSession } from '../../src/domain/account';
import { SessionStore } from '../../src/repositories/account.store';

/** Refresh sessions in memory, with the same compare-and-set on revocation as the repository. */
export class InMemorySessionStore extends SessionStore {
  readonly sessions = new Map<string, RefreshSession>();

  async insert(session: RefreshSession): Promise<void> {
    this.sessions.set(session.tokenHash, { ...session });
  }

  async findByHash(tokenHash: string): Promise<RefreshSession | null> {
    const session = this.sessions.get(tokenHash);
    return session ? { ...session } : null;
  }

  async revoke(tokenHash: string, at: Date): Promise<boolean> {
    const session = this.sessions.get(tokenHash);
    if (!session || session.revokedAt) return false;
    session.revokedAt = at;
    return true;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    for (const session of this.sessions.values()) {
      if (session.familyId === familyId) session.revokedAt ??= at;
    }
  }

  /** The sessions of one login still usable. */
  liveIn(familyId: string): RefreshSession[] {
    return [...this.sessions.values()].filter((s) => s.familyId === familyId && !s.revokedAt);
  }
}
