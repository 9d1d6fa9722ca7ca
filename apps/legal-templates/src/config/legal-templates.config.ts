import { servicePort } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

/** The legal-templates service's environment (see ServiceEnv for the shared variables). */
export class LegalTemplatesConfig extends ServiceEnv {
  override PORT = servicePort('legal-templates');
  override MONGODB_DATABASE = 'pollen-legal-templates';
}
