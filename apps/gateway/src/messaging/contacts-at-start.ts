import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { PublishMissingContacts } from '../usecases';

/**
 * At start, beside the operator's seed: the contact of each account registered before contacts
 * were published goes out, once. Safe with replicas starting together (one write per account wins).
 */
@Injectable()
export class ContactsAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger(ContactsAtStart.name);

  constructor(private readonly publishMissing: PublishMissingContacts) {}

  async onApplicationBootstrap(): Promise<void> {
    const published = await this.publishMissing.execute();
    if (published > 0) this.logger.log({ published }, 'contacts of earlier accounts published');
  }
}
