import { defaultPreferences, type NotificationPreferences } from '../../src/domain/preferences';
import { PreferencesStore } from '../../src/repositories/preferences.store';

/** Preferences in a map keyed by account id, like the MongoDB adapter's _id. */
export class InMemoryPreferencesStore extends PreferencesStore {
  readonly stored = new Map<string, NotificationPreferences>();

  async of(accountId: string): Promise<NotificationPreferences> {
    const found = this.stored.get(accountId);
    return found ? copyOf(found) : defaultPreferences(accountId);
  }

  async save(prefs: NotificationPreferences): Promise<void> {
    this.stored.set(prefs.accountId, copyOf(prefs));
  }

  async remove(accountId: string): Promise<boolean> {
    return this.stored.delete(accountId);
  }
}

// Not structuredClone: its Dates come from another realm than Jest's, and fail `expect.any(Date)`.
const copyOf = (prefs: NotificationPreferences): NotificationPreferences => ({
  ...prefs,
  categories: Object.fromEntries(
    Object.entries(prefs.categories).map(([category, choices]) => [category, { ...choices }]),
  ),
  updatedAt: prefs.updatedAt ? new Date(prefs.updatedAt) : null,
});
