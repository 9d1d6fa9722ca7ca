import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { Actor, ExportAcceptedView } from '@pollen/contracts';

import { newExportJob } from '../../domain/export';
import { ExportStore } from '../../repositories/export.store';
import { RunExport } from '../run-export/run-export.usecase';

/**
 * `POST /v1/me/exports`: the job is stored and its first run claimed, then it runs in this
 * process after the answer. If the process stops first, ResumeExports takes it over.
 */
@Injectable()
export class RequestExport {
  constructor(
    private readonly exports: ExportStore,
    private readonly run: RunExport,
  ) {}

  async execute({ actor }: { actor: Actor }): Promise<ExportAcceptedView> {
    const job = newExportJob(randomUUID(), actor.id, actor.roles[0], new Date());
    await this.exports.insert(job);
    await this.exports.claimAttempt(job.id, job.attempt, job.attemptStartedAt);
    void this.run.execute(job);
    return { exportId: job.id };
  }
}
