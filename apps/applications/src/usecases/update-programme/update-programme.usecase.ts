import { Injectable } from '@nestjs/common';
import { assertOperator, CreateProgrammeDto, DomainException, type ProgrammeView } from '@pollen/contracts';
import { mergePatch } from '@pollen/platform/http';
import { validateOrThrow } from '@pollen/platform/kafka';
import { runCommand } from '@pollen/platform/mongo';

import { budgetOf } from '../../domain/budget';
import { confirmedAfter } from '../../domain/deadline-review';
import {
  crossFieldErrors,
  type Programme,
  ProgrammeChange,
  programmeEventData,
  programmeFields,
  toProgrammeView,
} from '../../domain/programme';
import { operatorViewOf } from '../../domain/programme-view';
import { BudgetBelowCommitted, ProgrammeChangedConcurrently, ProgrammeNotFound } from '../../errors';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { UpdateProgrammeCommand } from './update-programme.command';

/** Applies a merge patch; the result is validated as a whole, like a new programme. */
@Injectable()
export class UpdateProgramme {
  constructor(private readonly programmes: ProgrammeStore) {}

  async execute(command: UpdateProgrammeCommand): Promise<ProgrammeView> {
    assertOperator(command.actor);
    const programme = await runCommand({
      store: this.programmes,
      load: async () => {
        const current = await this.programmes.findById(command.programmeId);
        if (!current) throw new ProgrammeNotFound(command.programmeId);
        return current;
      },
      requestId: command.requestId,
      apply: (current) => this.patched(current, command),
      concurrentChange: () => new ProgrammeChangedConcurrently(),
    });
    return operatorViewOf(programme);
  }

  private async patched(current: Programme, command: UpdateProgrammeCommand): Promise<ProgrammeChange> {
    const {
      id: _id,
      status: _status,
      version: _version,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      ...editable
    } = toProgrammeView(current);
    const merged = await validateOrThrow(CreateProgrammeDto, mergePatch(editable, command.patch));
    const problems = crossFieldErrors(merged);
    if (problems.length > 0) throw DomainException.validation(problems);
    const { committedCents, heldCents } = budgetOf(current);
    if (merged.budgetCents < committedCents + heldCents) throw new BudgetBelowCommitted(committedCents, heldCents);

    const change = new ProgrammeChange(current, command.requestId, new Date());
    Object.assign(change.next, programmeFields(merged), confirmedAfter(current, command.patch), {
      updatedAt: change.at,
    });
    change.emit('programme.updated', programmeEventData);
    return change;
  }
}
