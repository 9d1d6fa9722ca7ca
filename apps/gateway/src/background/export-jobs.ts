import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@pollen/platform/service';

import { ResumeExports } from '../usecases/resume-exports/resume-exports.usecase';

const POLL_MS = 60_000;

/** Every minute: expired exports go, and the runs a restart interrupted are taken over. */
@Injectable()
export class ExportJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(resume: ResumeExports) {
    this.loop = new PollingLoop('export jobs', (now) => resume.execute(now), POLL_MS);
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
