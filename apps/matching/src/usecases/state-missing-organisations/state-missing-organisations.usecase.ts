import { Injectable } from '@nestjs/common';

import { type Investor, InvestorChange, stateOrganisation } from '../../domain/investor';
import { InvestorStore } from '../../repositories/investor.store';

/** Investors read at a time. */
const BATCH = 100;

/**
 * States the organisation of every investor whose profile was written before organisations had a
 * topic of their own, once: each is marked in the same write as its event. Run at every start, it
 * finds none after the first.
 */
@Injectable()
export class StateMissingOrganisations {
  constructor(private readonly investors: InvestorStore) {}

  /** How many organisations this run stated. */
  async execute(): Promise<number> {
    let stated = 0;
    // By id, from where the last batch ended: an investor is visited once per run, whatever its write did.
    for (let afterId = ''; ; ) {
      const batch = await this.investors.withUnstatedOrganisation(afterId, BATCH);
      const written = await Promise.all(batch.map((investor) => this.state(investor)));
      stated += written.filter(Boolean).length;
      if (batch.length < BATCH) return stated;
      afterId = batch[batch.length - 1].id;
    }
  }

  /** False when the investor changed since the read: that change stated the organisation, or will be read again. */
  private state(investor: Investor): Promise<boolean> {
    if (!investor.profile) return Promise.resolve(false);
    const change = new InvestorChange(investor, undefined, new Date());
    stateOrganisation(change, investor.profile.organisation);
    return this.investors.update(change.next, investor.version, change.events);
  }
}
