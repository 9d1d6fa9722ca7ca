import { type DynamicModule, Module } from '@nestjs/common';

/**
 * Provides the validated configuration under its own class as the injection token, so a
 * constructor asks for `ApplicationsConfig` and gets typed values. Nothing else reads process.env.
 */
@Module({})
export class ConfigModule {
  /** `config` comes from loadConfig, once, in main.ts (or a test). */
  static forValue<T extends object>(config: T): DynamicModule {
    const token = config.constructor as new () => T;
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: token, useValue: config }],
      exports: [token],
    };
  }
}
