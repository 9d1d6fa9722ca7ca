import { Injectable } from '@nestjs/common';
import type { ApplicationView } from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { type Application, contentOf, toView } from '../../domain/application';
import { statusAt } from '../../domain/programme';
import { ApplicationIdTaken, DuplicateActiveApplication, ProgrammeClosed, UnknownProgramme } from '../../errors';
import { ActiveApplicationExists, ApplicationStore } from '../../repositories/application.store';
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
    if (statusAt(programme, now) === 'closed') throw new ProgrammeClosed(programme.closesAt);
    const application: Application = {
      id: command.applicationId,
      programmeId: command.draft.programmeId,
      ownerId: command.actor.id,
      status: 'draft',
      organisation: command.draft.organisation,
      project: command.draft.project ?? {},
      request: command.draft.request ?? {},
      version: 1,
      history: [{ status: 'draft', at: now, by: command.actor.id, reason: 'Draft created' }],
      createdByRequestId: command.requestId,
      appliedRequestIds: [command.requestId],
      createdAt: now,
      updatedAt: now,
    };
    const drafted = newEvent('application.drafted', {
      subject: application.id,
      aggregateVersion: application.version,
      causationId: command.requestId,
      occurredAt: now,
      data: contentOf(application),
    });

    try {
      await this.store.insert(application, [drafted]);
    } catch (error) {
      if (!(error instanceof ActiveApplicationExists)) throw error;
      const own = await this.store.findActive(
        application.ownerId,
        application.programmeId,
        application.organisation.siren,
      );
      throw new DuplicateActiveApplication(own?.id);
    }
    return toView(application);
  }

  /** The same request delivered again: answer as the first time, change nothing. */
  private replayed(existing: Application, command: CreateApplicationDraftCommand): ApplicationView {
    if (existing.createdByRequestId !== command.requestId || existing.ownerId !== command.actor.id) {
      throw new ApplicationIdTaken();
    }
    return toView(existing);
  }
}
