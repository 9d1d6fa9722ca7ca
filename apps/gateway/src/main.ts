import 'reflect-metadata';

import { loadConfig } from '@pollen/platform/config';
import { startService } from '@pollen/platform/service';

import { AppModule } from './app.module';
import { GatewayConfig } from './config/gateway.config';
import { mountOpenApi } from './openapi/openapi';

async function bootstrap(): Promise<void> {
  const config = loadConfig(GatewayConfig, process.env);
  await startService(AppModule.register(config), { port: config.PORT, configure: mountOpenApi });
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`gateway failed to start: ${error.message}\n`);
  process.exit(1);
});
