import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { StateMissingOrganisations } from '../usecases';

/**
 * At start: the organisation of each investor whose profile was written before organisations had a
 * topic of their own goes out, once. Safe with replicas starting together (one write per investor wins).
 */
@Injectable()
export class OrganisationsAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrganisationsAtStart.name);

  constructor(private readonly stateMissing: StateMissingOrganisations) {}

  async onApplicationBootstrap(): Promise<void> {
    const stated = await this.stateMissing.execute();
    if (stated > 0) this.logger.log({ stated }, 'organisations of earlier investor profiles stated');
  }
}
