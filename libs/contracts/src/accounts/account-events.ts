import type { EventEnvelope, Role } from '../messaging/envelope';
import type { Locale } from '../messaging/request-reply';

/** Events of the Account aggregate (owned by the gateway), on `Topics.accountEvents`, keyed by account id. */
export const AccountEventTypes = {
  registered: 'account.registered',
} as const;

/** No e-mail in events: services that need to reach a person ask for it by id. */
export interface AccountRegisteredData {
  accountId: string;
  role: Role;
  displayName: string;
  locale: Locale;
}

export type AccountRegistered = EventEnvelope<typeof AccountEventTypes.registered, AccountRegisteredData>;
