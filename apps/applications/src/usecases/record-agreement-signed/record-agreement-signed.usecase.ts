import { Injectable } from '@nestjs/common';

import { ApplicationChange } from '../../domain/application-change';
import { ApplicationChangedConcurrently, ApplicationNotFound } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';

export interface RecordAgreementSignedCommand {
  applicationId: string;
  documentId: string;
  /** The SHA-256 of the signed PDF. */
  sha256: string;
  templateKey: string;
  /** The id of `document.signed`, the cause of `application.agreement-signed`. */
  eventId: string;
  at: Date;
}

/**
 * Every party signed one of the application's agreements: its history says so, with
 * `application.agreement-signed`, once per document (the history names it, so a redelivery,
 * however late, is recognised). The status stays: signing follows the decision or the introduction.
 */
@Injectable()
export class RecordAgreementSigned {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: RecordAgreementSignedCommand): Promise<'applied' | 'duplicate'> {
    const current = await this.store.findById(command.applicationId);
    // legal-templates only makes a deal's documents for applications it learnt of from this service.
    if (!current) throw new ApplicationNotFound(command.applicationId);
    if (current.history.some((change) => change.documentId === command.documentId)) return 'duplicate';
    const change = new ApplicationChange(current, command.eventId, command.at);
    change.recordAgreementSigned(command.documentId, `Agreement signed by every party (${command.templateKey})`);
    change.emit('application.agreement-signed', {
      ...change.ref(),
      documentId: command.documentId,
      sha256: command.sha256,
    });
    // Lost the race with a request on the same application: the consumer retries from a fresh read.
    if (!(await this.store.update(change.next, current.version, change.events))) {
      throw new ApplicationChangedConcurrently();
    }
    return 'applied';
  }
}
