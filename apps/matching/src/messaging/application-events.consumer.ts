import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { counter } from '@pollen/platform/health';
import { EventConsumer, type EventHandlers, type HandledAs, type InboundMessage } from '@pollen/platform/kafka';

import type { ApplicationEvent } from '../domain/application-projection';
import { MatchApplication, ProjectApplicationEvent } from '../usecases';

const projected = counter(
  'pollen_matching_application_events_total',
  'Application events seen by the projection, by outcome (applied, stale, erased)',
  ['outcome'] as const,
);

/** Every `application.*` event, one application (the message key) at a time, in order: projected, then matched. */
@Controller()
export class ApplicationEventsConsumer extends EventConsumer('matching', Topics.applicationEvents) {
  constructor(
    private readonly projectEvent: ProjectApplicationEvent,
    private readonly matchApplication: MatchApplication,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.applicationEvents.name> = {
    'application.drafted': (event, message) => this.project(event, message),
    'application.draft-updated': (event, message) => this.project(event, message),
    'application.submitted': (event, message) => this.project(event, message),
    'application.screened': (event, message) => this.project(event, message),
    'application.withdrawn': (event, message) => this.project(event, message),
    'application.discussion-started': (event, message) => this.project(event, message),
    'application.decided': (event, message) => this.project(event, message),
    'application.consent-changed': (event, message) => this.project(event, message),
  };

  /**
   * Projects the event, then matches the application as it now stands, even when the event was
   * stale: a crash between the two leaves the matching to the redelivery. A stale version, or one
   * of an erased owner's application, is reported as superseded (a replay tells the operators so).
   */
  private async project(event: ApplicationEvent, message: InboundMessage): Promise<HandledAs> {
    const outcome = await this.projectEvent.execute({ event });
    projected.inc({ outcome });
    this.logger.debug(
      {
        type: event.type,
        aggregateVersion: event.aggregateVersion,
        outcome,
        partition: message.partition,
        offset: message.offset,
      },
      'application event projected',
    );
    await this.matchApplication.execute({ applicationId: event.subject, causationId: event.id, at: new Date() });
    return outcome === 'applied' ? 'applied' : 'superseded';
  }
}
