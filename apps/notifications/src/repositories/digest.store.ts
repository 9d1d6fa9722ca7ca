import type { DigestEntry } from '../domain/digest';

/** The port use cases keep digest entries through; DigestRepository is the MongoDB adapter. */
export abstract class DigestStore {
  /** @returns false when it was already there (a redelivered event). */
  abstract add(entry: DigestEntry): Promise<boolean>;
  /** The investors with entries recorded before `cutoff` that no digest listed yet. */
  abstract waitingBefore(cutoff: Date, limit: number): Promise<string[]>;
  /** One investor's entries recorded before `cutoff` that no digest listed, the oldest first. */
  abstract entriesBefore(recipientId: string, cutoff: Date): Promise<DigestEntry[]>;
  /** Marks one investor's entries before `cutoff` listed by `digestId`. */
  abstract markDigested(recipientId: string, cutoff: Date, digestId: string): Promise<void>;
}
