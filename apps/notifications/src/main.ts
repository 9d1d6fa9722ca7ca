import './tracing';
import 'reflect-metadata';

import { loadConfig } from '@pollen/platform/config';
import { startService } from '@pollen/platform/service';

import { AppModule, kafkaOptionsOf } from './app.module';
import { NotificationsConfig } from './config/notifications.config';

async function bootstrap(): Promise<void> {
  const config = loadConfig(NotificationsConfig, process.env);
  const kafka = kafkaOptionsOf(config);
  await startService(AppModule.register(config, kafka), { port: config.PORT, consumer: kafka });
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`notifications failed to start: ${error.message}\n`);
  process.exit(1);
});
