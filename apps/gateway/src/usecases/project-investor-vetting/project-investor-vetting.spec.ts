import type { EventOn, Topics } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';

import { authKit, lea } from '../../../test/fakes/auth-kit';
import { ProjectInvestorVetting } from './project-investor-vetting.usecase';

type InvestorEvent = EventOn<(typeof Topics)['investorEvents']['name']>;

const eventOf = (type: InvestorEvent['type'], investorId: string, version: number): InvestorEvent =>
  newEvent(type, {
    subject: investorId,
    aggregateVersion: version,
    data: { investorId, by: 'op-1', reason: 'Plainte' } as never,
  }) as unknown as InvestorEvent;

/** GET /v1/me tells an investor where vetting stands, from the gateway's projection of investor events. */
describe('ProjectInvestorVetting and GetMyAccount', () => {
  it('says pending for an investor the projection has not seen, then follows the events in version order', async () => {
    const kit = authKit();
    const sut = new ProjectInvestorVetting(kit.vetting);
    const account = await kit.register.execute({ ...lea, role: 'investor' });
    const me = () => kit.me.execute({ actor: { id: account.id, roles: ['investor'] } });

    expect(account.vettingStatus).toBe('pending');
    expect((await me()).vettingStatus).toBe('pending');

    expect(await sut.execute({ event: eventOf('investor.registered', account.id, 1) })).toBe('applied');
    expect(await sut.execute({ event: eventOf('investor.approved', account.id, 3) })).toBe('applied');
    expect((await me()).vettingStatus).toBe('approved');

    // A redelivered or late event does not move the status back.
    expect(await sut.execute({ event: eventOf('investor.registered', account.id, 1) })).toBe('stale');
    expect(await sut.execute({ event: eventOf('investor.suspended', account.id, 4) })).toBe('applied');
    expect((await me()).vettingStatus).toBe('suspended');
    expect(await sut.execute({ event: eventOf('investor.reinstated', account.id, 5) })).toBe('applied');
    expect((await me()).vettingStatus).toBe('approved');
  });

  it('says null for anyone but an investor', async () => {
    const kit = authKit();
    const account = await kit.register.execute(lea);

    expect(account.vettingStatus).toBeNull();
    expect((await kit.me.execute({ actor: { id: account.id, roles: ['applicant'] } })).vettingStatus).toBeNull();
  });
});
