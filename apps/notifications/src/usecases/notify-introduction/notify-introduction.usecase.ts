import { Injectable } from '@nestjs/common';

import { inAppNotification } from '../../domain/notification';
import { NotificationStore } from '../../repositories/notification.store';
import { introductionForApplicant, introductionForInvestor } from './introduction.message';

export interface NotifyIntroductionCommand {
  /** The id of `match.introduced`: with each recipient, the dedupe key. */
  eventId: string;
  matchId: string;
  applicationId: string;
  applicant: { accountId: string; organisationName: string };
  investor: { accountId: string; organisationName: string };
}

/** Tells both sides of an introduction, once each: the investor that they were accepted, the applicant whom they meet. */
@Injectable()
export class NotifyIntroduction {
  constructor(private readonly store: NotificationStore) {}

  /** @returns how many of the two notifications were new (0 for a redelivered event). */
  async execute(command: NotifyIntroductionCommand): Promise<number> {
    const { eventId, applicant, investor } = command;
    const notifications = [
      inAppNotification(
        { eventId, recipientId: investor.accountId, subject: command.matchId },
        introductionForInvestor(applicant.organisationName),
      ),
      inAppNotification(
        { eventId, recipientId: applicant.accountId, subject: command.applicationId },
        introductionForApplicant(investor.organisationName),
      ),
    ];
    let created = 0;
    for (const notification of notifications) {
      if (await this.store.insert(notification)) created += 1;
    }
    return created;
  }
}
