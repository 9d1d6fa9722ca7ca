import { IsEmail, IsIn, IsNotEmpty, IsString } from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { type Role, ROLES } from '../messaging/envelope';
import type { Locale } from '../messaging/request-reply';
import { LOCALES } from './account.dto';

export const AccountAggregate: AggregateDefinition = { name: 'Account', idField: 'accountId', owner: 'gateway' };

/** No e-mail in events: services that need to reach a person ask for it by id. */
export class AccountRegisteredData {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  @IsIn(ROLES)
  role: Role;

  @IsString()
  displayName: string;

  @IsIn(LOCALES)
  locale: Locale;
}

/** The data of account.locale-changed: the language the account now reads Pollen in. */
export class AccountLocaleChangedData {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  @IsIn(LOCALES)
  locale: Locale;
}

/**
 * The data of account.contact-changed: how to reach the person behind an account, as of the
 * account's version. Personal data: it travels only on the compacted account-contacts topic.
 */
export class AccountContactData {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  @IsEmail()
  email: string;

  @IsString()
  displayName: string;

  @IsIn(LOCALES)
  locale: Locale;

  @IsIn(ROLES)
  role: Role;
}

/** Each account's current contact, on a compacted topic of its own so that erasure can tombstone it. */
export const AccountContactEvents = {
  'account.contact-changed': defineEvent({
    topic: Topics.accountContacts,
    aggregate: AccountAggregate,
    data: AccountContactData,
    emittedBy: ['POST /v1/auth/register', 'PATCH /v1/me'],
    description:
      "An account's current e-mail, name, language and role: published at registration, on every change, and once at gateway start for accounts that never had one; keyed by account id. Notifications keeps its directory of recipients from it.",
  }),
};

export const AccountEvents = {
  'account.registered': defineEvent({
    topic: Topics.accountEvents,
    aggregate: AccountAggregate,
    data: AccountRegisteredData,
    emittedBy: ['POST /v1/auth/register'],
    description: 'Someone registered, or the gateway seeded the operator account at start.',
  }),
  'account.locale-changed': defineEvent({
    topic: Topics.accountEvents,
    aggregate: AccountAggregate,
    data: AccountLocaleChangedData,
    emittedBy: ['PATCH /v1/me'],
    description: 'The account chose another language: what Pollen writes to it from now on is in that language.',
  }),
};
