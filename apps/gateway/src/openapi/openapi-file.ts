import { loadConfig } from '@pollen/platform/config';
import { previewService } from '@pollen/platform/service';

import { AppModule } from '../app.module';
import { GatewayConfig } from '../config/gateway.config';
import { openApiDocument, openApiJson } from './openapi';

/** Where the document is committed, from the workspace root. */
export const OPENAPI_FILE = 'docs/openapi.json';

/**
 * docs/openapi.json as the code gives it: the gateway's modules previewed (nothing instantiated, so
 * no Kafka and no database; the addresses below are never dialled), then its document.
 */
export async function renderOpenApiFile(): Promise<string> {
  const config = loadConfig(GatewayConfig, {
    NODE_ENV: 'test',
    KAFKA_BROKERS: '127.0.0.1:1',
    MONGODB_URI: 'mongodb://127.0.0.1:1',
  });
  const app = await previewService(AppModule.register(config));
  try {
    return openApiJson(openApiDocument(app));
  } finally {
    await app.close();
  }
}
