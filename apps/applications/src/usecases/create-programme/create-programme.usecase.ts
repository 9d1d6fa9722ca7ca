import { Injectable } from '@nestjs/common';
import { assertOperator, DomainException, type ProgrammeView } from '@pollen/contracts';

import { DEADLINES } from '../../domain/deadline-review';
import {
  crossFieldErrors,
  type Programme,
  ProgrammeChange,
  programmeEventData,
  programmeFields,
} from '../../domain/programme';
import { operatorViewOf } from '../../domain/programme-view';
import { ProgrammeIdTaken } from '../../errors';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { CreateProgrammeCommand } from './create-programme.command';

@Injectable()
export class CreateProgramme {
  constructor(private readonly programmes: ProgrammeStore) {}

  async execute(command: CreateProgrammeCommand): Promise<ProgrammeView> {
    assertOperator(command.actor);
    const existing = await this.programmes.findById(command.programmeId);
    if (existing) {
      // The same request redelivered: answer as the first time.
      if (existing.createdBy === command.actor.id) return operatorViewOf(existing);
      throw new ProgrammeIdTaken();
    }
    const problems = crossFieldErrors(command.programme);
    if (problems.length > 0) throw DomainException.validation(problems);

    const now = new Date();
    const programme: Programme = {
      id: command.programmeId,
      ...programmeFields(command.programme),
      // Read with their offset or as Paris days: meant as sent.
      confirmedDeadlines: [...DEADLINES],
      version: 0,
      createdBy: command.actor.id,
      appliedRequestIds: [],
      createdAt: now,
      updatedAt: now,
    };
    const change = new ProgrammeChange(programme, command.requestId, now);
    change.emit('programme.created', programmeEventData);
    await this.programmes.insert(change.next, change.events);
    return operatorViewOf(change.next, now);
  }
}
