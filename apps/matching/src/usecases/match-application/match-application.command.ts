import type { Trigger } from '../matchmaker';

/** An application event was projected: match the application as it now stands. */
export interface MatchApplicationCommand extends Trigger {
  applicationId: string;
}
