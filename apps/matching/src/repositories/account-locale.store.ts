import type { Locale } from '@pollen/contracts';

/**
 * The language each account chose when it registered, from `account.registered`: an introduction
 * names both sides' so the documents and messages of the deal are written in it.
 */
export abstract class AccountLocaleStore {
  /** Records the account's locale; a redelivered event writes the same again. */
  abstract remember(accountId: string, locale: Locale): Promise<void>;
  /** The locale of each account given, among those recorded. */
  abstract localesOf(accountIds: readonly string[]): Promise<Map<string, Locale>>;
}
