import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { LegalTemplatesConfig } from '../config/legal-templates.config';
import { SweepRetainedDocuments } from '../usecases/sweep-retained-documents/sweep-retained-documents.usecase';

/** Looks every RETENTION_SWEEP_POLL_MS for kept agreements whose retention ended. */
@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(sweep: SweepRetainedDocuments, config: LegalTemplatesConfig) {
    this.loop = new PollingLoop('retention sweep', (now) => sweep.runDue(now), config.RETENTION_SWEEP_POLL_MS);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
