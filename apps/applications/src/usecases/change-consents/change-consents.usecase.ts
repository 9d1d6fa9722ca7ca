import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@pollen/contracts';
import { runCommand } from '@pollen/platform/mongo';

import { toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { findOwned } from '../../domain/visibility';
import { ApplicationChangedConcurrently, ApplicationVersionMismatch } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import type { ChangeConsentsCommand } from './change-consents.command';

/**
 * The owner grants or withdraws consent to be shown to investors. Withdrawing is allowed in every
 * status (RGPD art. 7(3)); granting only while the application is live, since a final one is never
 * shown. Every answer is recorded, even one that repeats the last: it is a new act by the owner.
 */
@Injectable()
export class ChangeConsents {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: ChangeConsentsCommand): Promise<ApplicationView> {
    const application = await runCommand({
      store: this.store,
      load: () => findOwned(this.store, command.applicationId, command.actor),
      requestId: command.requestId,
      expectedVersions: command.expectedVersions,
      versionMismatch: (current) => new ApplicationVersionMismatch(current.version),
      apply: (current) => {
        if (command.shareWithInvestors) assertAllowed(current.status, 'grant-consent');
        const change = new ApplicationChange(current, command.requestId, new Date());
        change.recordConsent(command, command.actor.id);
        change.emit('application.consent-changed', {
          ...change.ref(),
          shareWithInvestors: command.shareWithInvestors,
          noticeVersion: command.noticeVersion,
          by: command.actor.id,
          at: change.at.toISOString(),
        });
        return change;
      },
      concurrentChange: () => new ApplicationChangedConcurrently(),
    });
    return toView(application);
  }
}
