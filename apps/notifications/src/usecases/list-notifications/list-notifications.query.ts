import type { Actor, ListNotificationsQueryDto, Locale } from '@pollen/contracts';

export interface ListNotificationsQuery extends ListNotificationsQueryDto {
  /** Whose inbox: always the caller's own. */
  actor: Actor;
  /** The language the caller reads. */
  locale: Locale;
}
