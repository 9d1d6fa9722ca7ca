import type { NotificationPreferences } from '../domain/preferences';

/** The port use cases read and write notification preferences through; PreferencesRepository is the MongoDB adapter. */
export abstract class PreferencesStore {
  /** The account's preferences: the defaults while it never set any. */
  abstract of(accountId: string): Promise<NotificationPreferences>;
  /** Stores the whole set, replacing the one before (or creating the first). */
  abstract save(prefs: NotificationPreferences): Promise<void>;
  /** Forgets the account's choices. @returns whether it had any. */
  abstract remove(accountId: string): Promise<boolean>;
}
