import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';
import { AccountLocaleStore } from '@pollen/platform/mongo';

import { GenerateFundingAgreement, GenerateIntroductionDocuments, ProjectDealFacts } from '../usecases';

/**
 * The steps of a deal that make its documents, and the facts they name. Each topic is read by its
 * own consumer; a new consumer group reads from the beginning, so earlier programmes, applications
 * and accounts are known too.
 */
@Controller()
export class ProgrammeEventsConsumer extends EventConsumer('legal-templates', Topics.programmeEvents) {
  constructor(private readonly project: ProjectDealFacts) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.programmeEvents.name> = {
    'programme.created': (event) => this.project.programme(event.data),
    'programme.updated': (event) => this.project.programme(event.data),
  };
}

/** An application's content, kept for its agreements; a funded decision makes the agreement. */
@Controller()
export class ApplicationEventsConsumer extends EventConsumer('legal-templates', Topics.applicationEvents) {
  constructor(
    private readonly project: ProjectDealFacts,
    private readonly fundingAgreement: GenerateFundingAgreement,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.applicationEvents.name> = {
    'application.drafted': (event) => this.project.application(event.data, event.aggregateVersion),
    'application.draft-updated': (event) => this.project.application(event.data, event.aggregateVersion),
    'application.submitted': (event) => this.project.application(event.data, event.aggregateVersion),
    'application.decided': (event) =>
      this.fundingAgreement.execute({ eventId: event.id, occurredAt: new Date(event.occurredAt), data: event.data }),
  };
}

/** An introduction makes the confidentiality agreement. */
@Controller()
export class MatchEventsConsumer extends EventConsumer('legal-templates', Topics.matchEvents) {
  constructor(private readonly introductionDocuments: GenerateIntroductionDocuments) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.matchEvents.name> = {
    'match.introduced': (event) =>
      this.introductionDocuments.execute({
        eventId: event.id,
        occurredAt: new Date(event.occurredAt),
        data: event.data,
      }),
  };
}

/** Each account's language: a party that chose English gets a translation beside the French agreement. */
@Controller()
export class AccountEventsConsumer extends EventConsumer('legal-templates', Topics.accountEvents) {
  constructor(private readonly locales: AccountLocaleStore) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountEvents.name> = {
    'account.registered': (event) => this.locales.remember(event.data.accountId, event.data.locale),
  };
}
