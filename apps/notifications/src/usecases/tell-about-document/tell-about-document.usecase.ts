import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';

import { EnqueueEmails } from '../enqueue-emails/enqueue-emails.usecase';

type DocumentEvent = EventOf<'document.generated' | 'document.signed'>;

/**
 * Tells a document's parties, by e-mail, that it is there to sign, and that everyone signed it.
 * A translation binds no one and comes with its French document: that one's e-mail says enough.
 */
@Injectable()
export class TellAboutDocument {
  constructor(private readonly emails: EnqueueEmails) {}

  generated(event: EventOf<'document.generated'>): Promise<number> {
    if (event.data.binding === false) return Promise.resolve(0);
    return this.tellParties(event, 'document-generated');
  }

  signed(event: EventOf<'document.signed'>): Promise<number> {
    return this.tellParties(event, 'document-signed');
  }

  private tellParties(event: DocumentEvent, kind: 'document-generated' | 'document-signed'): Promise<number> {
    const { documentId, applicationId, title, readers = [] } = event.data;
    const variables = { documentId, title: title ?? event.data.templateKey, applicationId: applicationId ?? null };
    return this.emails.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: () =>
        readers.map((recipientId) => ({
          recipientId,
          ...(applicationId ? { applicationId } : {}),
          message: { kind, variables },
        })),
    });
  }
}
