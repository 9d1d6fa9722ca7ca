import type { ExportJob } from '../domain/export';

/** What a run of an export ends with. */
export type ExportOutcome = Pick<ExportJob, 'status' | 'readyAt' | 'error' | 'archive'>;

/** The port of the exports of personal data; ExportRepository is the MongoDB adapter. */
export abstract class ExportStore {
  abstract insert(job: ExportJob): Promise<void>;
  /** The export, if it is the account's and has not expired at `now`. */
  abstract findOwned(id: string, accountId: string, now: Date): Promise<ExportJob | null>;
  /** Claims run `attempt` of the export; false when another run (another replica) claimed it first. */
  abstract claimAttempt(id: string, attempt: number, at: Date): Promise<boolean>;
  /** Records that run `attempt` holds the job since `at`. */
  abstract startAttempt(id: string, attempt: number, at: Date): Promise<void>;
  /** Ends a pending export; a job that ended already stays as it ended. */
  abstract finish(id: string, outcome: ExportOutcome): Promise<void>;
  /** Up to `limit` pending exports whose run started before `before` (their gateway stopped). */
  abstract interrupted(before: Date, limit: number): Promise<ExportJob[]>;
  /** Deletes the exports that expired before `now`; returns how many. */
  abstract sweep(now: Date): Promise<number>;
  /** Deletes every export of the account (its erasure); returns how many. */
  abstract eraseAccount(accountId: string): Promise<number>;
}
