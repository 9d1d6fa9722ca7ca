import { IsIn, IsNotEmpty, IsString } from 'class-validator';

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

export const AccountEvents = {
  'account.registered': defineEvent({
    topic: Topics.accountEvents,
    aggregate: AccountAggregate,
    data: AccountRegisteredData,
    emittedBy: ['POST /v1/auth/register'],
    description: 'Someone registered, or the gateway seeded the operator account at start.',
  }),
};
