import { loadConfig } from '@pollen/platform/config';
import { RecordingErasureLog } from '@pollen/testing';

import { GatewayConfig } from '../../src/config/gateway.config';
import { EraseGatewayData } from '../../src/usecases/erase-gateway-data/erase-gateway-data.usecase';
import { GetExport } from '../../src/usecases/get-export/get-export.usecase';
import { RequestErasure } from '../../src/usecases/request-erasure/request-erasure.usecase';
import { RequestExport } from '../../src/usecases/request-export/request-export.usecase';
import { ResumeExports } from '../../src/usecases/resume-exports/resume-exports.usecase';
import { RunExport } from '../../src/usecases/run-export/run-export.usecase';
import { authKit } from './auth-kit';
import { CannedPersonalDataSources } from './canned-personal-data.sources';
import { InMemoryAccessDenialStore } from './in-memory-access-denial.store';
import { InMemoryExportStore } from './in-memory-export.store';
import { InMemoryIdempotencyStore } from './in-memory-idempotency.store';
import { InMemoryRateLimitStore } from './in-memory-rate-limit.store';
import { PlainPasswordHasher } from './plain-password.hasher';

/** The export and erasure use cases on fakes of their ports, beside the authentication ones they share stores with. */
export function personalDataKit() {
  const auth = authKit();
  const config = loadConfig(GatewayConfig, {
    NODE_ENV: 'test',
    KAFKA_BROKERS: '127.0.0.1:1',
    MONGODB_URI: 'mongodb://127.0.0.1:1',
  });
  const denials = new InMemoryAccessDenialStore();
  const exports = new InMemoryExportStore();
  const sources = new CannedPersonalDataSources();
  const idempotency = new InMemoryIdempotencyStore();
  const rateLimits = new InMemoryRateLimitStore();
  const erasureLog = new RecordingErasureLog();
  const run = new RunExport(exports, sources, auth.accounts, auth.sessions, auth.me);
  return {
    ...auth,
    config,
    denials,
    exports,
    sources,
    idempotency,
    rateLimits,
    erasureLog,
    requestErasure: new RequestErasure(auth.accounts, new PlainPasswordHasher(), denials, auth.sessions, config),
    eraseGatewayData: new EraseGatewayData(auth.sessions, idempotency, auth.vetting, rateLimits, exports, erasureLog),
    run,
    requestExport: new RequestExport(exports, run),
    getExport: new GetExport(exports),
    resumeExports: new ResumeExports(exports, run),
  };
}
