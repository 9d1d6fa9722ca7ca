import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { notified } from '../metrics';
import { NotifyApplicationDrafted, ProjectDirectory, TellAboutApplication } from '../usecases';
import { handledAs } from './handled-as';

/**
 * The `application.*` events a person should hear about become notifications: in the inbox and by
 * e-mail. What messages say of an application (its organisation, project, amount) is kept from them.
 */
@Controller()
export class ApplicationEventsConsumer extends EventConsumer('notifications', Topics.applicationEvents) {
  constructor(
    private readonly notifyDrafted: NotifyApplicationDrafted,
    private readonly directory: ProjectDirectory,
    private readonly tell: TellAboutApplication,
  ) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.applicationEvents.name> = {
    'application.drafted': async (event) => {
      await this.directory.application(event);
      const created = await this.notifyDrafted.execute({
        eventId: event.id,
        occurredAt: event.occurredAt,
        applicationId: event.subject,
        ownerId: event.data.ownerId,
        organisationName: event.data.organisation.name,
      });
      notified.inc({ channel: 'in-app', outcome: created ? 'created' : 'duplicate' });
      return created ? 'applied' : 'duplicate';
    },
    'application.draft-updated': (event) => this.directory.application(event),
    'application.submitted': async (event) => {
      await this.directory.application(event);
      await this.tell.submitted(event);
      return 'applied';
    },
    'application.screened': async (event) => handledAs(await this.tell.screened(event)),
    'application.decided': async (event) => handledAs(await this.tell.decided(event)),
  };
}
