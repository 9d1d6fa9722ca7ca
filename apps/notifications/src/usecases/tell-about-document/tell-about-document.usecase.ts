import { Injectable } from '@nestjs/common';
import type { EventOf } from '@pollen/contracts';

import { Notify } from '../notify/notify.usecase';

type DocumentEvent = EventOf<'document.generated' | 'document.signed'>;

/**
 * Tells a document's parties, by e-mail, that it is there to sign, and that everyone signed it.
 * A translation binds no one and comes with its French document: that one's e-mail says enough.
 */
@Injectable()
export class TellAboutDocument {
  constructor(private readonly notify: Notify) {}

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
    const type = kind === 'document-generated' ? 'document.ready-to-sign' : 'document.signed';
    return this.notify.execute({
      eventId: event.id,
      occurredAt: event.occurredAt,
      orders: () =>
        readers.map((recipientId) => ({
          recipientId,
          ...(applicationId ? { applicationId } : {}),
          subject: documentId,
          message: { kind, variables },
          publicEvent: { type, data: variables },
        })),
    });
  }
}
