import type { RefreshSession } from '../../src/domain/account';
import { SessionStore } from '../../src/repositories/account.store';

/** Refresh sessions in memory, with the repository's one recorded use per token. */
export class InMemorySessionStore extends SessionStore {
  readonly sessions = new Map<string, RefreshSession>();
  private readonly used = new Set<string>();

  async insert(session: RefreshSession): Promise<void> {
    this.sessions.set(session.tokenHash, { ...session });
  }

  async findByHash(tokenHash: string): Promise<RefreshSession | null> {
    const session = this.sessions.get(tokenHash);
    return session ? { ...session } : null;
  }

  async markUsed(session: RefreshSession): Promise<boolean> {
    if (this.used.has(session.tokenHash)) return false;
    this.used.add(session.tokenHash);
    return true;
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    for (const session of this.sessions.values()) {
      if (session.familyId === familyId) session.revokedAt ??= at;
    }
  }

  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return [...this.sessions.values()].some((session) => session.familyId === familyId && session.revokedAt);
  }

  async revokeAccount(accountId: string, at: Date): Promise<void> {
    for (const session of this.sessions.values()) {
      if (session.accountId === accountId) session.revokedAt ??= at;
    }
  }

  async ofAccount(accountId: string): Promise<RefreshSession[]> {
    return [...this.sessions.values()].filter((session) => session.accountId === accountId).map((s) => ({ ...s }));
  }

  async eraseAccount(accountId: string): Promise<{ sessions: number; uses: number }> {
    const tokens = [...this.sessions.values()].filter((session) => session.accountId === accountId);
    const uses = tokens.filter((token) => this.used.delete(token.tokenHash)).length;
    tokens.forEach((token) => this.sessions.delete(token.tokenHash));
    return { sessions: tokens.length, uses };
  }

  /** The tokens of one log-in that a refresh would still take. */
  liveIn(familyId: string): RefreshSession[] {
    if ([...this.sessions.values()].some((s) => s.familyId === familyId && s.revokedAt)) return [];
    return [...this.sessions.values()].filter((s) => s.familyId === familyId && !this.used.has(s.tokenHash));
  }
}
