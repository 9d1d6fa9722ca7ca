import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { counter } from '@pollen/platform/health';
import { EventConsumer, type EventHandlers, type HandledAs, type InboundMessage } from '@pollen/platform/kafka';

import type { ApplicationEvent } from '../domain/application-projection';
import { ProjectApplicationEvent } from '../usecases';

const projected = counter(
  'pollen_matching_application_events_total',
  'Application events seen by the projection, by outcome (applied, stale)',
  ['outcome'] as const,
);

/** Every `application.*` event, one application (the message key) at a time, in order. */
@Controller()
export class ApplicationEventsConsumer extends EventConsumer('matching', Topics.applicationEvents) {
  constructor(private readonly projectEvent: ProjectApplicationEvent) {
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
  };

  /** A stale version is reported as superseded (a replay tells the operators so). */
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
    return outcome === 'stale' ? 'superseded' : 'applied';
  }
}
