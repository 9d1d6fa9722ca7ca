import { Injectable } from '@nestjs/common';
import { CreateProgrammeDto, DomainException, type ProgrammeView } from '@pollen/contracts';
import { newEvent, validateOrThrow } from '@pollen/platform/kafka';
import { APPLIED_REQUESTS_KEPT } from '../../domain/application';
import { mergePatch } from '../../domain/merge-patch';
import { crossFieldErrors, type Programme, programmeFields, toProgrammeView } from '../../domain/programme';
import { assertOperator } from '../../domain/roles';
import { ProgrammeChangedConcurrently, ProgrammeNotFound } from '../../errors';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { UpdateProgrammeCommand } from './update-programme.command';

/** Applies a merge patch; the result is validated as a whole, like a new programme. */
@Injectable()
export class UpdateProgramme {
  constructor(private readonly programmes: ProgrammeStore) {}

  async execute(command: UpdateProgrammeCommand): Promise<ProgrammeView> {
    assertOperator(command.actor);
    const current = await this.programmes.findById(command.programmeId);
    if (!current) throw new ProgrammeNotFound(command.programmeId);
    if (current.appliedRequestIds.includes(command.requestId)) return toProgrammeView(current);

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

    const now = new Date();
    const next: Programme = {
      ...current,
      ...programmeFields(merged),
      version: current.version + 1,
      updatedAt: now,
      appliedRequestIds: [...current.appliedRequestIds, command.requestId].slice(-APPLIED_REQUESTS_KEPT),
    };
    if (merged.maxShareOfCost === undefined) delete next.maxShareOfCost;
    const { status: _s, ...data } = toProgrammeView(next, now);
    const updated = newEvent('programme.updated', {
      subject: next.id,
      aggregateVersion: next.version,
      occurredAt: now,
      data,
    });
    if (!(await this.programmes.update(next, current.version, [updated]))) {
      throw new ProgrammeChangedConcurrently();
    }
    return toProgrammeView(next, now);
  }
}
