/** The port of the accounts whose access tokens are refused; AccessDenialRepository is the MongoDB adapter. */
export abstract class AccessDenialStore {
  /** Refuses the account's access tokens until `until` (a later call may only extend it). */
  abstract deny(accountId: string, until: Date): Promise<void>;
  /** Ends the account's denial: its erasure could not be written, the account lives on. */
  abstract lift(accountId: string): Promise<void>;
  /** Whether the account's access tokens are refused at `now`. */
  abstract isDenied(accountId: string, now: Date): Promise<boolean>;
  /** Forgets the denials that ended before `now`; returns how many. */
  abstract sweep(now: Date): Promise<number>;
}
