import { Injectable } from '@nestjs/common';
import { type ApplicationView, CreateApplicationDraftDto, DomainException, type FieldError } from '@pollen/contracts';
import { validateOrThrow } from '@pollen/platform/kafka';
import { toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { assertAllowed } from '../../domain/application-status';
import { mergePatch } from '../../domain/merge-patch';
import { findOwned } from '../../domain/visibility';
import { ApplicationChangedConcurrently, ApplicationVersionMismatch } from '../../errors';
import { ActiveApplicationExists, ApplicationStore } from '../../repositories/application.store';
import type { UpdateDraftCommand } from './update-draft.command';

/**
 * Edits a draft with a JSON merge patch. The ETag check happens here, in the application's single
 * writer: a stale `If-Match` is refused with 412 whatever the database's atomicity.
 */
@Injectable()
export class UpdateDraft {
  constructor(private readonly store: ApplicationStore) {}

  async execute(command: UpdateDraftCommand): Promise<ApplicationView> {
    const current = await findOwned(this.store, command.applicationId, command.actor);
    if (current.appliedRequestIds.includes(command.requestId)) return toView(current);
    if (command.expectedVersions && !command.expectedVersions.includes(current.version)) {
      throw new ApplicationVersionMismatch(current.version);
    }
    assertAllowed(current.status, 'edit');

    const editable = {
      programmeId: current.programmeId,
      organisation: current.organisation,
      project: current.project,
      request: current.request,
    };
    const merged = await validateOrThrow(
      CreateApplicationDraftDto,
      mergePatch(structuredClone(editable), command.patch),
    );
    const immutable: FieldError[] = [];
    if (merged.programmeId !== current.programmeId) {
      immutable.push({
        field: 'programmeId',
        code: 'immutable',
        message: 'programmeId cannot change; start a new application',
      });
    }
    if (merged.organisation.siren !== current.organisation.siren) {
      immutable.push({
        field: 'organisation.siren',
        code: 'immutable',
        message: 'organisation.siren cannot change; start a new application',
      });
    }
    if (immutable.length > 0) throw DomainException.validation(immutable);

    const change = new ApplicationChange(current, command.requestId, new Date());
    change.next.organisation = merged.organisation;
    change.next.project = merged.project ?? {};
    change.next.request = merged.request ?? {};
    change.emit('application.draft-updated', change.content());
    const stored = await this.store.update(change.next, current.version, change.events).catch((error: unknown) => {
      if (error instanceof ActiveApplicationExists) throw new ApplicationChangedConcurrently();
      throw error;
    });
    if (!stored) throw new ApplicationChangedConcurrently();
    return toView(change.next);
  }
}
