import { type InboundMessage, newEvent } from '@pollen/platform/kafka';
import { InMemoryAccountLocaleStore } from '@pollen/testing';

import type { ErasePersonalData, RegisterInvestor } from '../usecases';
import { AccountEventsConsumer } from './account-events.consumer';

const INVESTOR = 'investor-1';
const message = {} as InboundMessage;
const registered = newEvent('account.registered', {
  subject: INVESTOR,
  aggregateVersion: 1,
  data: { accountId: INVESTOR, role: 'investor', locale: 'fr' },
});
const changed = (aggregateVersion: number) =>
  newEvent('account.locale-changed', {
    subject: INVESTOR,
    aggregateVersion,
    data: { accountId: INVESTOR, locale: 'en' },
  });

describe('AccountEventsConsumer (matching)', () => {
  it('keeps the newest locale, and a redelivered registration still reaches the investor registration', async () => {
    const locales = new InMemoryAccountLocaleStore();
    const execute = jest.fn().mockResolvedValue('duplicate');
    const { handlers } = new AccountEventsConsumer(
      { execute } as unknown as RegisterInvestor,
      locales,
      {} as ErasePersonalData,
    );

    await handlers['account.registered']?.(registered, message);
    expect(await handlers['account.locale-changed']?.(changed(3), message)).toBe('applied');
    expect(await handlers['account.locale-changed']?.(changed(3), message)).toBe('superseded');
    expect(await handlers['account.registered']?.(registered, message)).toBe('duplicate');

    expect(await locales.localesOf([INVESTOR])).toEqual(new Map([[INVESTOR, 'en']]));
    expect(execute).toHaveBeenCalledTimes(2);
  });
});
