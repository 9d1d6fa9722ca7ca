import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@pollen/contracts';

import { type Application, toView } from '../../domain/application';
import { ApplicationChange } from '../../domain/application-change';
import { statusAt } from '../../domain/programme';
import { ApplicationIdTaken, ProgrammeClosed, UnknownProgramme } from '../../errors';
import { ApplicationStore } from '../../repositories/application.store';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { CreateApplicationDraftCommand } from './create-application-draft.command';

@Injectable()
export class CreateApplicationDraft {
  constructor(
    private readonly store: ApplicationStore,
    private readonly programmes: ProgrammeStore,
  ) {}

  async execute(command: CreateApplicationDraftCommand): Promise<ApplicationView> {
    const existing = await this.store.findById(command.applicationId);
    if (existing) return this.replayed(existing, command);

    const now = new Date();
    const programme = await this.programmes.findById(command.draft.programmeId);
    if (!programme) {
      throw new UnknownProgramme(command.draft.programmeId);
    }
    if (statusAt(programme, command.acceptedAt) === 'closed') throw new ProgrammeClosed(programme.closesAt);
    const application: Application = {
      id: command.applicationId,
      programmeId: command.draft.programmeId,
      ownerId: command.actor.id,
      status: 'draft',
      organisation: command.draft.organisation,
      project: command.draft.project ?? {},
      request: command.draft.request ?? {},
      version: 0,
      history: [{ status: 'draft', at: now, by: command.actor.id, reason: 'Draft created' }],
      createdByRequestId: command.requestId,
      appliedRequestIds: [],
      createdAt: now,
      updatedAt: now,
    };
    const change = new ApplicationChange(application, command.requestId, now);
    if (command.draft.consents) change.recordConsent(command.draft.consents, command.actor.id);
    change.emit('application.drafted', change.content());
    await this.store.insert(change.next, change.events);
    return toView(change.next);
  }

  /** The same request delivered again: answer as the first time, change nothing. */
  private replayed(existing: Application, command: CreateApplicationDraftCommand): ApplicationView {
    if (existing.createdByRequestId !== command.requestId || existing.ownerId !== command.actor.id) {
      throw new ApplicationIdTaken();
    }
    return toView(existing);
  }
}
