import { ServiceEnv } from '@pollen/platform/config';

/** The applications service's environment (see ServiceEnv for the shared variables). */
export class ApplicationsConfig extends ServiceEnv {
  override PORT = 3001;
  override MONGODB_DATABASE = 'pollen-applications';
}
