import { type DynamicModule, Module } from '@nestjs/common';
import { loadConfig } from './load-config';

/**
 * Provides the validated configuration under its own class as the injection token, so a
 * constructor asks for `ApplicationsConfig` and gets typed values. Nothing else reads process.env.
 */
@Module({})
export class ConfigModule {
  static forRoot<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: schema, useValue: loadConfig(schema, env) }],
      exports: [schema],
    };
  }
}
