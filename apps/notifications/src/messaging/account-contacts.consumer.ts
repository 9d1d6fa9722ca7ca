import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { ProjectDirectory } from '../usecases';

/** Each account's current contact (the directory notifications writes to people from), until its erasure. */
@Controller()
export class AccountContactsConsumer extends EventConsumer('notifications', Topics.accountContacts) {
  constructor(private readonly directory: ProjectDirectory) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.accountContacts.name> = {
    'account.contact-changed': (event) => this.directory.contact(event),
    'account.contact-erased': (event) => this.directory.contactErased(event),
  };
}
