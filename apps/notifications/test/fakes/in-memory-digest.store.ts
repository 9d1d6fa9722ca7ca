import type { DigestEntry } from '../../src/domain/digest';
import { DigestStore } from '../../src/repositories/digest.store';

/** Digest entries in a map keyed by id, with the repository's rules. */
export class InMemoryDigestStore extends DigestStore {
  readonly entries = new Map<string, DigestEntry>();

  async add(entry: DigestEntry): Promise<boolean> {
    if (this.entries.has(entry.id)) return false;
    this.entries.set(entry.id, copyOf(entry));
    return true;
  }

  async waitingBefore(cutoff: Date, limit: number): Promise<string[]> {
    const waiting = this.oldestFirst().filter((entry) => entry.digestId === null && entry.createdAt < cutoff);
    return [...new Set(waiting.map((entry) => entry.recipientId))].slice(0, limit);
  }

  async entriesBefore(recipientId: string, cutoff: Date): Promise<DigestEntry[]> {
    return this.oldestFirst().filter(
      (entry) => entry.recipientId === recipientId && entry.digestId === null && entry.createdAt < cutoff,
    );
  }

  async markDigested(ids: string[], digestId: string): Promise<void> {
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry && entry.digestId === null) this.entries.set(id, { ...entry, digestId });
    }
  }

  async carryOver(ids: string[], at: Date): Promise<void> {
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry && entry.digestId === null) this.entries.set(id, { ...entry, createdAt: new Date(at.getTime()) });
    }
  }

  async allOf(recipientId: string): Promise<DigestEntry[]> {
    return this.oldestFirst().filter((entry) => entry.recipientId === recipientId);
  }

  async removeOf(recipientId: string): Promise<number> {
    return this.removeWhere((entry) => entry.recipientId === recipientId);
  }

  async anonymiseMentioning(accountId: string, matchIds: string[], erased: string): Promise<number> {
    const naming = [...this.entries.values()].filter(
      (entry) =>
        entry.recipientId !== accountId &&
        (entry.mentions?.includes(accountId) || matchIds.includes(entry.match.matchId)),
    );
    for (const { mentions: _mentions, ...entry } of naming) {
      this.entries.set(entry.id, { ...entry, match: { ...entry.match, organisation: erased, project: erased } });
    }
    return naming.length;
  }

  async removeDigestedBefore(before: Date): Promise<number> {
    return this.removeWhere((entry) => entry.digestId !== null && entry.createdAt < before);
  }

  private removeWhere(test: (entry: DigestEntry) => boolean): number {
    const gone = [...this.entries.values()].filter(test);
    for (const entry of gone) this.entries.delete(entry.id);
    return gone.length;
  }

  private oldestFirst(): DigestEntry[] {
    return [...this.entries.values()]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(copyOf);
  }
}

// Not structuredClone: its objects come from another realm than Jest's (a match holds no Date).
const copyOf = (entry: DigestEntry): DigestEntry => ({
  ...entry,
  match: JSON.parse(JSON.stringify(entry.match)) as DigestEntry['match'],
  createdAt: new Date(entry.createdAt.getTime()),
});
