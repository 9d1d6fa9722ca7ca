import type { DigestEntry } from '../domain/digest';

/** The port use cases keep digest entries through; DigestRepository is the MongoDB adapter. */
export abstract class DigestStore {
  /** @returns false when it was already there (a redelivered event). */
  abstract add(entry: DigestEntry): Promise<boolean>;
  /** The investors with entries recorded before `cutoff` that no digest listed yet. */
  abstract waitingBefore(cutoff: Date, limit: number): Promise<string[]>;
  /** One investor's entries recorded before `cutoff` that no digest listed, the oldest first. */
  abstract entriesBefore(recipientId: string, cutoff: Date): Promise<DigestEntry[]>;
  /** Marks these entries listed by `digestId` (those no digest listed yet). */
  abstract markDigested(ids: string[], digestId: string): Promise<void>;
  /** Records these unlisted entries as of `at`: they wait for the next day's digest. */
  abstract carryOver(ids: string[], at: Date): Promise<void>;
  /** Every entry of the investor, the oldest first (their export). */
  abstract allOf(recipientId: string): Promise<DigestEntry[]>;
  /** Deletes the investor's entries. @returns how many. */
  abstract removeOf(recipientId: string): Promise<number>;
  /** The matches of other investors' entries that name the account (or are one of `matchIds`) lose their names. */
  abstract anonymiseMentioning(accountId: string, matchIds: string[], erased: string): Promise<number>;
  /** Deletes entries a digest listed, recorded before `before`. @returns how many. */
  abstract removeDigestedBefore(before: Date): Promise<number>;
}
