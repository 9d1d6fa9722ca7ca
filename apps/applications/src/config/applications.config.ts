import { servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

/** The applications service's environment (see ServiceEnv for the shared variables). */
export class ApplicationsConfig extends ServiceEnv {
  override PORT = servicePort('applications');
  override MONGODB_DATABASE = 'pollen-applications';
}
