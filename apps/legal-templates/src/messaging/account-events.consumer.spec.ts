import { type InboundMessage, newEvent } from '@pollen/platform/kafka';
import { InMemoryAccountLocaleStore } from '@pollen/testing';

import type { ErasePersonalData } from '../usecases';
import { AccountEventsConsumer } from './account-events.consumer';

const ACCOUNT = 'acc-1';
const message = {} as InboundMessage;
const registered = newEvent('account.registered', {
  subject: ACCOUNT,
  aggregateVersion: 1,
  data: { accountId: ACCOUNT, role: 'applicant', locale: 'fr' },
});
const changed = newEvent('account.locale-changed', {
  subject: ACCOUNT,
  aggregateVersion: 3,
  data: { accountId: ACCOUNT, locale: 'en' },
});

describe('AccountEventsConsumer (legal-templates)', () => {
  it('keeps the newest locale: a registration redelivered after a change is superseded', async () => {
    const locales = new InMemoryAccountLocaleStore();
    const { handlers } = new AccountEventsConsumer(locales, {} as ErasePersonalData);

    expect(await handlers['account.registered']?.(registered, message)).toBe('applied');
    expect(await handlers['account.locale-changed']?.(changed, message)).toBe('applied');
    expect(await handlers['account.registered']?.(registered, message)).toBe('superseded');

    expect(await locales.localesOf([ACCOUNT])).toEqual(new Map([[ACCOUNT, 'en']]));
  });
});
