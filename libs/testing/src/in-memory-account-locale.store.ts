import type { Locale } from '@pollen/contracts';
import { AccountLocaleStore } from '@pollen/platform/mongo';

/** The account locale port in memory, for unit tests. */
export class InMemoryAccountLocaleStore extends AccountLocaleStore {
  readonly locales = new Map<string, Locale>();

  async remember(accountId: string, locale: Locale): Promise<void> {
    this.locales.set(accountId, locale);
  }

  async localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>> {
    return new Map([...this.locales].filter(([id]) => accountIds.includes(id)));
  }
}
