import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@pollen/contracts';

import { toView } from '../../domain/application';
import { ApplicationNotFound } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import type { GetApplicationQuery } from './get-application.query';

@Injectable()
export class GetApplication {
  constructor(private readonly store: ApplicationStore) {}

  /** Owners see their own applications, operators see all; anyone else gets 404, never 403. */
  async execute(query: GetApplicationQuery): Promise<ApplicationView> {
    const application = await this.store.findById(query.applicationId);
    const visible = application && (application.ownerId === query.actor.id || query.actor.roles.includes('operator'));
    if (!visible) throw new ApplicationNotFound(query.applicationId);
    return toView(application);
  }
}
