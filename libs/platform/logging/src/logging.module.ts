import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { CorrelationMiddleware } from './correlation.middleware';
import { loggerOptions } from './logger-options';

@Module({})
export class LoggingModule implements NestModule {
  static forRoot(options: { service: string; level: string; format?: 'json' | 'pretty' }): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(loggerOptions(options.service, options.level, options.format))],
      exports: [LoggerModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes('*path');
  }
}
