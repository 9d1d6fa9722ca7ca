import type { Actor, Locale } from '@pollen/contracts';

export interface ListNotificationsQuery {
  /** Whose inbox: always the caller's own. */
  actor: Actor;
  /** The language the caller reads. */
  locale: Locale;
}
