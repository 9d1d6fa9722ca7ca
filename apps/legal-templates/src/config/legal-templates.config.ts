import { ServiceEnv } from '@pollen/platform/config';

/** The legal-templates service's environment (see ServiceEnv for the shared variables). */
export class LegalTemplatesConfig extends ServiceEnv {
  override PORT = 3003;
  override MONGODB_DATABASE = 'pollen-legal-templates';
}
