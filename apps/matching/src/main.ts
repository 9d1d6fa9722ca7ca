import './tracing';
import 'reflect-metadata';

import { loadConfig } from '@pollen/platform/config';
import { startService } from '@pollen/platform/service';

import { AppModule, kafkaOptionsOf } from './app.module';
import { MatchingConfig } from './config/matching.config';

async function bootstrap(): Promise<void> {
  const config = loadConfig(MatchingConfig, process.env);
  const kafka = kafkaOptionsOf(config);
  await startService(AppModule.register(config, kafka), { port: config.PORT, consumer: kafka });
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`matching failed to start: ${error.message}\n`);
  process.exit(1);
});
