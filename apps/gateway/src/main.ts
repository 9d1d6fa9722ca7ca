import './tracing';
import 'reflect-metadata';

import { loadConfig } from '@pollen/platform/config';
import { startService } from '@pollen/platform/service';

import { AppModule, gatewayStartOptions } from './app.module';
import { GatewayConfig } from './config/gateway.config';

async function bootstrap(): Promise<void> {
  const config = loadConfig(GatewayConfig, process.env);
  await startService(AppModule.register(config), gatewayStartOptions(config));
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`gateway failed to start: ${error.message}\n`);
  process.exit(1);
});
