import type { Locale } from '@pollen/contracts';
import { AccountLocaleStore } from '@pollen/platform/mongo';

/** The account locale port in memory, for unit tests: the newest version wins, as in the database. */
export class InMemoryAccountLocaleStore extends AccountLocaleStore {
  readonly locales = new Map<string, { locale: Locale; version: number }>();

  async remember(accountId: string, locale: Locale, version: number): Promise<boolean> {
    if ((this.locales.get(accountId)?.version ?? -1) >= version) return false;
    this.locales.set(accountId, { locale, version });
    return true;
  }

  async localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>> {
    return new Map([...this.locales].filter(([id]) => accountIds.includes(id)).map(([id, { locale }]) => [id, locale]));
  }

  async forget(accountId: string): Promise<boolean> {
    return this.locales.delete(accountId);
  }
}
