import { Injectable } from '@nestjs/common';
import type { Actor, ProgrammeView } from '@pollen/contracts';

import { programmeViewFor } from '../../domain/programme-view';
import { ProgrammeNotFound } from '../../errors';
import { ProgrammeStore } from '../../repositories/programme.store';

/**
 * Anyone, anonymous included, may read a programme; operators also see how its budget stands and
 * whether a deadline awaits their review.
 */
@Injectable()
export class GetProgramme {
  constructor(private readonly programmes: ProgrammeStore) {}

  async execute({ programmeId, actor }: { programmeId: string; actor: Actor }): Promise<ProgrammeView> {
    const programme = await this.programmes.findById(programmeId);
    if (!programme) throw new ProgrammeNotFound(programmeId);
    return programmeViewFor(actor, programme);
  }
}
