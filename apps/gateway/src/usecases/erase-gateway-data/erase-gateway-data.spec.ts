import type { ErasureRequestedData } from '@pollen/contracts';

import { lea } from '../../../test/fakes/auth-kit';
import { personalDataKit } from '../../../test/fakes/personal-data-kit';
import { accountScopeOf } from '../../http/idempotency';
import { accountKeyOf } from '../../http/rate-limits';

describe('EraseGatewayData', () => {
  it('erases what the gateway holds about the account beside the stub, and confirms it once', async () => {
    const kit = personalDataKit();
    const view = await kit.register.execute({ ...lea, role: 'investor' });
    const other = await kit.register.execute({ ...lea, email: 'camille@example.org' });
    await kit.logIn.execute(lea);
    const { refreshToken } = await kit.logIn.execute(lea);
    await kit.refresh.execute({ refreshToken });
    await kit.logIn.execute({ ...lea, email: 'camille@example.org' });
    await kit.vetting.saveIfNewer(view.id, 'approved', 2);
    await kit.idempotency.claim(accountScopeOf(view.id), 'k1', 'h', new Date(), new Date());
    await kit.idempotency.claim(accountScopeOf(other.id), 'k1', 'h', new Date(), new Date());
    await kit.rateLimits.take(accountKeyOf(view.id), 1, 100, new Date());
    await kit.requestExport.execute({ actor: { id: view.id, roles: ['investor'] } });
    const { erasureId } = await kit.requestErasure.execute({
      actor: { id: view.id, roles: ['investor'] },
      password: lea.password,
    });
    const data = kit.accounts.events.find((event) => event.type === 'account.erasure-requested')
      ?.data as ErasureRequestedData;

    await expect(kit.eraseGatewayData.execute({ data, eventId: 'event-1' })).resolves.toBe(true);

    expect(kit.erasureLog.completions.get(erasureId)).toEqual({
      causationId: 'event-1',
      data: {
        erasureId,
        service: 'gateway',
        erased: [
          { what: 'account', count: 1, how: 'anonymised' },
          { what: 'refresh sessions', count: 3, how: 'deleted' },
          { what: 'refresh token uses', count: 1, how: 'deleted' },
          { what: 'idempotent answers', count: 1, how: 'deleted' },
          { what: 'investor vetting status', count: 1, how: 'deleted' },
          { what: 'rate-limit counters', count: 1, how: 'deleted' },
          { what: 'personal data exports', count: 1, how: 'deleted' },
        ],
        kept: [],
      },
    });
    expect(await kit.sessions.ofAccount(view.id)).toEqual([]);
    expect(await kit.vetting.statusOf(view.id)).toBeUndefined();
    expect([...kit.exports.jobs.values()]).toEqual([]);
    // Nobody else's records.
    expect(await kit.sessions.ofAccount(other.id)).toHaveLength(1);
    expect([...kit.idempotency.entries.values()].map((entry) => entry.scope)).toEqual([accountScopeOf(other.id)]);
  });

  it('finds nothing the second time, and confirms nothing again (a redelivered event)', async () => {
    const kit = personalDataKit();
    const view = await kit.register.execute(lea);
    await kit.requestErasure.execute({ actor: { id: view.id, roles: ['applicant'] }, password: lea.password });
    const data = kit.accounts.events.find((event) => event.type === 'account.erasure-requested')
      ?.data as ErasureRequestedData;

    await expect(kit.eraseGatewayData.execute({ data, eventId: 'event-1' })).resolves.toBe(true);
    await expect(kit.eraseGatewayData.execute({ data, eventId: 'event-1' })).resolves.toBe(false);
    expect(kit.erasureLog.completions.size).toBe(1);
  });
});
