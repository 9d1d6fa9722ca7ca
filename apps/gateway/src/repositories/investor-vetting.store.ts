import type { InvestorStatus } from '@pollen/contracts';

/** The port of the vetting projection; InvestorVettingRepository is the MongoDB adapter. */
export abstract class InvestorVettingStore {
  /** The status last projected for the investor; undefined before the first event. */
  abstract statusOf(investorId: string): Promise<InvestorStatus | undefined>;
  /**
   * Stores the status at `version` unless the one stored is as new or newer, in one write.
   * @returns false when the stored status was as new or newer: nothing changed.
   */
  abstract saveIfNewer(investorId: string, status: InvestorStatus, version: number): Promise<boolean>;
  /** Forgets the investor's status (its account was erased); returns how many were held (0 or 1). */
  abstract forget(investorId: string): Promise<number>;
}
