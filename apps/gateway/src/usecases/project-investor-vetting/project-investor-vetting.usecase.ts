import { Injectable } from '@nestjs/common';
import type { EventOn, InvestorStatus, Topics } from '@pollen/contracts';

import { InvestorVettingStore } from '../../repositories/investor-vetting.store';

type InvestorEvent = EventOn<(typeof Topics)['investorEvents']['name']>;

/** The vetting status each event leaves the investor in; a profile change leaves it as it was. */
const STATUS_AFTER: Record<InvestorEvent['type'], InvestorStatus | undefined> = {
  'investor.registered': 'pending',
  'investor.profile-updated': undefined,
  'investor.approved': 'approved',
  'investor.rejected': 'rejected',
  'investor.suspended': 'suspended',
  'investor.reinstated': 'approved',
};

/** Keeps the gateway's copy of each investor's vetting status, for `GET /v1/me`. */
@Injectable()
export class ProjectInvestorVetting {
  constructor(private readonly vetting: InvestorVettingStore) {}

  /** `stale` when the projection already holds this version or a newer one (redelivery, replay). */
  async execute({ event }: { event: InvestorEvent }): Promise<'applied' | 'stale'> {
    const status = STATUS_AFTER[event.type];
    if (!status) return 'applied';
    return (await this.vetting.saveIfNewer(event.subject, status, event.aggregateVersion)) ? 'applied' : 'stale';
  }
}
