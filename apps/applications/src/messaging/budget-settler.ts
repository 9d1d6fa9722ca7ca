/**
 * The port a decision uses to have its hold committed: the programme's budget has one writer (its
 * key on the requests topic), so a decision recorded on the application's key asks it.
 */
export abstract class BudgetSettler {
  /** Asks, without waiting, that the application's hold be settled; the sweep retries what is lost. */
  abstract settle(programmeId: string, applicationId: string): Promise<void>;
}
