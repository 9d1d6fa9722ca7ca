import { managementPort, servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import { IsInt, Min } from 'class-validator';

/** The legal-templates service's environment (see ServiceEnv for the shared variables). */
export class LegalTemplatesConfig extends ServiceEnv {
  override PORT = servicePort('legal-templates');
  override MANAGEMENT_PORT = managementPort('legal-templates');
  override MONGODB_DATABASE = 'pollen-legal-templates';

  /**
   * How often the sweep looks for agreements kept after an erasure whose retention ended: their
   * retention is counted in years, so an hour late is nothing, and a pass costs one indexed query.
   */
  @IsInt()
  @Min(10)
  RETENTION_SWEEP_POLL_MS: number = 60 * 60 * 1000;
}
