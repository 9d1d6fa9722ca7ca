import { IsEmail, IsIn, IsNotEmpty, IsString } from 'class-validator';

import { type AggregateDefinition, defineEvent } from '../catalogue/define';
import { Topics } from '../catalogue/topics';
import { type Role, ROLES } from '../messaging/envelope';
import type { Locale } from '../messaging/request-reply';
import { ErasureRequestedData } from '../personal-data/erasure-events';
import { LOCALES } from './account.dto';

export const AccountAggregate: AggregateDefinition = { name: 'Account', idField: 'accountId', owner: 'gateway' };

/** No name or e-mail in events kept forever: they travel on the compacted contacts topic, keyed by account id. */
export class AccountRegisteredData {
  @IsString()
  @IsNotEmpty()
  accountId: string;

  @IsIn(ROLES)
  role: Role;

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

/**
 * The data of account.contact-erased, a tombstone: the message has no value (only its key, the
 * account id), so compaction removes every earlier contact of the account from the topic.
 */
export class AccountContactErasedData {
  @IsString()
  @IsNotEmpty()
  accountId: string;
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
  'account.contact-erased': defineEvent({
    topic: Topics.accountContacts,
    aggregate: AccountAggregate,
    data: AccountContactErasedData,
    tombstone: true,
    emittedBy: ['POST /v1/me/erasure'],
    description:
      'A tombstone (no value; the key is the account id): the account was erased, so its contact leaves the topic at the next compaction and every reader forgets it.',
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
  'account.erasure-requested': defineEvent({
    topic: Topics.accountEvents,
    aggregate: AccountAggregate,
    data: ErasureRequestedData,
    emittedBy: ['POST /v1/me/erasure'],
    description:
      'The person asked to be forgotten (RGPD art. 17); the gateway already erased the account. Every service erases or anonymises what it holds about the account and confirms with `<service>.erasure-completed`.',
  }),
};
