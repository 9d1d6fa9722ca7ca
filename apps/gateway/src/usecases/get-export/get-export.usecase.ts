import { Injectable } from '@nestjs/common';
import { type Actor, DomainException, type ExportView } from '@pollen/contracts';

import { toExportView } from '../../domain/export';
import { ExportStore } from '../../repositories/export.store';

/** `GET /v1/me/exports/{id}`: the account's own export, until it expires; anyone else's is 404. */
@Injectable()
export class GetExport {
  constructor(private readonly exports: ExportStore) {}

  async execute({ actor, exportId }: { actor: Actor; exportId: string }): Promise<ExportView> {
    const job = await this.exports.findOwned(exportId, actor.id, new Date());
    if (!job) throw new DomainException('export.not-found');
    return toExportView(job);
  }
}
