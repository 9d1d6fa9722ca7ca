import { Injectable } from '@nestjs/common';
import {
  type ApplicationDrafted,
  ApplicationEventTypes,
  type ApplicationView,
  DomainException,
  ErrorCode,
} from '@pollen/contracts';
import { newEvent } from '@pollen/platform/kafka';
import { type Application, toView } from '../../domain/application';
import { statusAt } from '../../domain/programme';
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
      throw new DomainException(ErrorCode.Unprocessable, `No programme ${command.draft.programmeId}`, {
        errors: [{ field: 'programmeId', code: 'unknownProgramme', message: 'programmeId names no programme' }],
      });
    }
    if (statusAt(programme, now) === 'closed') {
      throw new DomainException(
        ErrorCode.Unprocessable,
        `The programme closed on ${programme.closesAt.toISOString()}`,
        {
          details: { reason: 'closed', closesAt: programme.closesAt.toISOString() },
        },
      );
    }
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
    const drafted: ApplicationDrafted = newEvent({
      type: ApplicationEventTypes.drafted,
      source: 'applications',
      subject: application.id,
      aggregateVersion: application.version,
      causationId: command.requestId,
      occurredAt: now,
      data: {
        applicationId: application.id,
        programmeId: application.programmeId,
        ownerId: application.ownerId,
        status: application.status,
        organisation: application.organisation,
        project: application.project,
        request: application.request,
      },
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
      throw new DomainException(
        ErrorCode.Conflict,
        'You already have an active application to this programme for this SIREN',
        { details: own ? { existingApplicationId: own.id } : {} },
      );
    }
    return toView(application);
  }

  /** The same request delivered again: answer as the first time, change nothing. */
  private replayed(existing: Application, command: CreateApplicationDraftCommand): ApplicationView {
    if (existing.createdByRequestId !== command.requestId || existing.ownerId !== command.actor.id) {
      throw new DomainException(ErrorCode.Conflict, 'This application id is already taken');
    }
    return toView(existing);
  }
}
