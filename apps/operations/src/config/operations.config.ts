import { managementPort, servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';
import { IsInt, Min } from 'class-validator';

/** The operations service's environment (see ServiceEnv for the shared variables). */
export class OperationsConfig extends ServiceEnv {
  override PORT = servicePort('operations');
  override MANAGEMENT_PORT = managementPort('operations');
  override MONGODB_DATABASE = 'pollen-operations';

  /** How often dead letters of personal-data topics past their 7 days are expired: an hour late is nothing. */
  @IsInt()
  @Min(10)
  RETENTION_SWEEP_POLL_MS: number = 60 * 60 * 1000;
}
