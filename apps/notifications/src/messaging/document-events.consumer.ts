import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { TellAboutDocument } from '../usecases';
import { handledAs } from './handled-as';

/** A deal's parties hear of a document to sign, and of its last signature. */
@Controller()
export class DocumentEventsConsumer extends EventConsumer('notifications', Topics.documentEvents) {
  constructor(private readonly tell: TellAboutDocument) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.documentEvents.name> = {
    'document.generated': async (event) => handledAs(await this.tell.generated(event)),
    'document.signed': async (event) => handledAs(await this.tell.signed(event)),
  };
}
