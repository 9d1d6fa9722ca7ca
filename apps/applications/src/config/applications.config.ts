import { managementPort, servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import { IsInt, Max, Min } from 'class-validator';

/** The applications service's environment (see ServiceEnv for the shared variables). */
export class ApplicationsConfig extends ServiceEnv {
  override PORT = servicePort('applications');
  override MANAGEMENT_PORT = managementPort('applications');
  override MONGODB_DATABASE = 'pollen-applications';

  /** How long a budget hold waits for the decision that confirms it before the sweep releases it. */
  @IsInt()
  @Min(100)
  @Max(24 * 60 * 60 * 1000)
  BUDGET_HOLD_LIFETIME_MS: number = 10 * 60 * 1000;

  /** How often the sweep looks for holds past their lifetime. */
  @IsInt()
  @Min(100)
  @Max(60 * 60 * 1000)
  BUDGET_SWEEP_INTERVAL_MS: number = 60 * 1000;

  /** How often kept applications are checked for the end of their retention (a day: retention is counted in years). */
  @IsInt()
  @Min(1000)
  @Max(7 * 24 * 60 * 60 * 1000)
  RETENTION_SWEEP_POLL_MS: number = 24 * 60 * 60 * 1000;
}
