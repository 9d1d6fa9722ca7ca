import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ProjectDirectory } from '../usecases';

/** The contacts each side of an introduction gave: its e-mails tell each side how to reach the other. */
@Controller()
export class IntroductionContactsConsumer extends EventConsumer('notifications', Topics.introductionContacts) {
  constructor(private readonly directory: ProjectDirectory) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.introductionContacts.name> = {
    'introduction.contacts-exchanged': (event) => this.directory.introductionContacts(event),
    'introduction.contacts-erased': (event) => this.directory.introductionContactsErased(event),
  };
}
