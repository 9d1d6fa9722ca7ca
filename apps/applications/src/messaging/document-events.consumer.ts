import { Controller } from '@nestjs/common';
import { Topics } from '@pollen/contracts';
import { EventConsumer, type EventHandlers } from '@pollen/platform/kafka';

import { RecordAgreementSigned } from '../usecases';

/** An agreement every party signed goes into its application's history; other documents are legal-templates'. */
@Controller()
export class DocumentEventsConsumer extends EventConsumer('applications', Topics.documentEvents) {
  constructor(private readonly recordSigned: RecordAgreementSigned) {
    super();
  }

  readonly handlers: EventHandlers<typeof Topics.documentEvents.name> = {
    'document.signed': async (event) => {
      const { applicationId, documentId, sha256, templateKey } = event.data;
      // A document made for no application binds no application's parties.
      if (!applicationId) return 'superseded';
      return this.recordSigned.execute({
        applicationId,
        documentId,
        sha256,
        templateKey,
        eventId: event.id,
        at: new Date(event.occurredAt),
      });
    },
  };
}
