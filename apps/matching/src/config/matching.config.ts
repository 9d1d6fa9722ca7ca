import { servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

/** The matching service's environment (see ServiceEnv for the shared variables). */
export class MatchingConfig extends ServiceEnv {
  override PORT = servicePort('matching');
  override MONGODB_DATABASE = 'pollen-matching';
}
