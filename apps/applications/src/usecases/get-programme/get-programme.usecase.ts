import { Injectable } from '@nestjs/common';
import type { ProgrammeView } from '@pollen/contracts';

import { toProgrammeView } from '../../domain/programme';
import { ProgrammeNotFound } from '../../errors';
import { ProgrammeStore } from '../../repositories/programme.store';

/** Anyone, anonymous included, may read a programme. */
@Injectable()
export class GetProgramme {
  constructor(private readonly programmes: ProgrammeStore) {}

  async execute({ programmeId }: { programmeId: string }): Promise<ProgrammeView> {
    const programme = await this.programmes.findById(programmeId);
    if (!programme) throw new ProgrammeNotFound(programmeId);
    return toProgrammeView(programme);
  }
}
