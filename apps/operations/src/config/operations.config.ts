import { servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

/** The operations service's environment (see ServiceEnv for the shared variables). */
export class OperationsConfig extends ServiceEnv {
  override PORT = servicePort('operations');
  override MONGODB_DATABASE = 'pollen-operations';
}
