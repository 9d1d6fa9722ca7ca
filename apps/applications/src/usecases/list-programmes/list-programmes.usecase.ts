import { Injectable } from '@nestjs/common';
import type { ProgrammePageView } from '@pollen/contracts';
import { decodeCursor, page } from '@pollen/platform/mongo';

import { programmeViewFor } from '../../domain/programme-view';
import { ProgrammeStore } from '../../repositories/programme.store';
import type { ListProgrammesQuery } from './list-programmes.query';

const DEFAULT_LIMIT = 20;

/**
 * Open programmes by default, soonest deadline first, filtered by kind, region and impact area;
 * operators see each one's budget as on its own page, so a list needs no read per row.
 */
@Injectable()
export class ListProgrammes {
  constructor(private readonly programmes: ProgrammeStore) {}

  async execute(query: ListProgrammesQuery): Promise<ProgrammePageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const fetched = await this.programmes.list(
      {
        openAt: (query.status ?? 'open') === 'open' ? query.now : undefined,
        kind: query.kind,
        region: query.region,
        impactArea: query.impactArea,
      },
      after && { closesAt: after.at, id: after.id },
      limit + 1,
    );
    const { items, nextCursor } = page(fetched, limit, (programme) => programme.closesAt);
    return { items: items.map((programme) => programmeViewFor(query.actor, programme, query.now)), nextCursor };
  }
}
