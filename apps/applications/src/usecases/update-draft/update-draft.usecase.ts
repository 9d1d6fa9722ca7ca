import { Injectable } from '@nestjs/common';
import {
  type ApplicationView,
  type ConsentsDto,
  CreateApplicationDraftDto,
  DomainException,
  type FieldError,
  fieldError,
} from '@pollen/contracts';
import { mergePatch } from '@pollen/platform/http';
import { validateOrThrow } from '@pollen/platform/kafka';
import { runCommand } from '@pollen/platform/mongo';

import { type Application, type Consents, toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { findOwned } from '../../domain/visibility';
import { ApplicationChangedConcurrently, ApplicationVersionMismatch } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import type { UpdateDraftCommand } from './update-draft.command';

/**
 * Edits a draft with a JSON merge patch. The ETag check happens here, in the application's single
 * writer: a stale `If-Match` is refused with 412 whatever the database's atomicity.
 */
@Injectable()
export class UpdateDraft {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: UpdateDraftCommand): Promise<ApplicationView> {
    const application = await runCommand({
      store: this.store,
      load: () => findOwned(this.store, command.applicationId, command.actor),
      requestId: command.requestId,
      expectedVersions: command.expectedVersions,
      versionMismatch: (current) => new ApplicationVersionMismatch(current.version),
      apply: (current) => this.edited(current, command),
      concurrentChange: () => new ApplicationChangedConcurrently(),
    });
    return toView(application);
  }

  private async edited(current: Application, command: UpdateDraftCommand): Promise<ApplicationChange> {
    assertAllowed(current.status, 'edit');
    const editable = {
      programmeId: current.programmeId,
      organisation: current.organisation,
      project: current.project,
      request: current.request,
      ...(current.consents ? { consents: consentAnswer(current.consents) } : {}),
    };
    const merged = await validateOrThrow(
      CreateApplicationDraftDto,
      mergePatch(structuredClone(editable), command.patch),
    );
    const immutable: FieldError[] = [];
    if (merged.programmeId !== current.programmeId) {
      immutable.push(fieldError('programmeId', 'immutable', 'programmeId cannot change; start a new application'));
    }
    if (merged.organisation.siren !== current.organisation.siren) {
      immutable.push(
        fieldError('organisation.siren', 'immutable', 'organisation.siren cannot change; start a new application'),
      );
    }
    if (current.consents && !merged.consents) {
      immutable.push(
        fieldError(
          'consents',
          'notRemovable',
          'consents cannot be removed; set shareWithInvestors to false to withdraw consent',
        ),
      );
    }
    // A change of consent names the notice shown with it: kept from before, it would record consent
    // to a notice the applicant may not have read.
    const patchedConsents = (command.patch as { consents?: { noticeVersion?: unknown } | null }).consents;
    if (patchedConsents && patchedConsents.noticeVersion === undefined) {
      immutable.push(
        fieldError(
          'consents.noticeVersion',
          'requiredWithConsentChange',
          'consents.noticeVersion is required with a change of consent: the version of the notice shown',
        ),
      );
    }
    if (immutable.length > 0) throw DomainException.validation(immutable);

    const change = new ApplicationChange(current, command.requestId, new Date());
    change.next.organisation = merged.organisation;
    change.next.project = merged.project ?? {};
    change.next.request = merged.request ?? {};
    if (merged.consents && !sameAnswer(merged.consents, current.consents)) {
      change.recordConsent(merged.consents, command.actor.id);
    }
    change.emit('application.draft-updated', change.content());
    return change;
  }
}

/** What the applicant answered, without when and by whom: the part a patch may change. */
function consentAnswer({ shareWithInvestors, noticeVersion }: Consents): ConsentsDto {
  return { shareWithInvestors, noticeVersion };
}

/** A patch that leaves the consent as it was does not record it again. */
function sameAnswer(answer: ConsentsDto, current: Consents | undefined): boolean {
  return (
    current !== undefined &&
    answer.shareWithInvestors === current.shareWithInvestors &&
    answer.noticeVersion === current.noticeVersion
  );
}
