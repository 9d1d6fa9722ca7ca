import { type DynamicModule, Module, type Provider } from '@nestjs/common';

import { ServiceEnv } from './service-env';

/**
 * Provides the validated configuration under its own class as the injection token, so a
 * constructor asks for `ApplicationsConfig` and gets typed values. Nothing else reads process.env.
 */
@Module({})
export class ConfigModule {
  /** `config` comes from loadConfig, once, in main.ts (or a test). */
  static forValue<T extends object>(config: T): DynamicModule {
    const token = config.constructor as new () => T;
    // The platform's own plumbing (shutdown, say) reads the variables every service has.
    const common: Provider[] =
      config instanceof ServiceEnv && token !== ServiceEnv ? [{ provide: ServiceEnv, useValue: config }] : [];
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: token, useValue: config }, ...common],
      exports: [token, ...(common.length > 0 ? [ServiceEnv] : [])],
    };
  }
}
